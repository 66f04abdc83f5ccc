/** The page's shape while the story loads, so nothing jumps when it arrives. */
import { useT } from '../i18n/useT';
export function Skeleton() {
  const t = useT();
  return (
    <div className="app app--loading" aria-busy="true">
      <header className="app-header">
        <p className="app-brand">{t('app.brand')}</p>
        <p className="skeleton-line skeleton-line--title" role="status">
          {t('loading.story')}
        </p>
      </header>
      <main className="explorer">
        <div className="explorer-map skeleton-block" />
        <div className="explorer-timeline">
          {[0, 1, 2].map((i) => (
            <div key={i} className="skeleton-card" />
          ))}
        </div>
      </main>
    </div>
  );
}
