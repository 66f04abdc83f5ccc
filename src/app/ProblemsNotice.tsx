/** Data that failed validation: which entries and places are wrong and why; the rest is still shown. */
import type { Problem } from '../core/validate';
import { useT } from '../i18n/useT';

const SHOWN = 20;

export function ProblemsNotice({ problems }: { problems: Problem[] }) {
  const t = useT();
  return (
    <div className="notice notice--warning" role="alert">
      <p className="notice-title">{t('problems.title', { count: problems.length })}</p>
      <details>
        <summary>{t('problems.details')}</summary>
        <ul>
          {problems.slice(0, SHOWN).map((p, i) => (
            <li key={i}>
              <strong>{p.where}</strong>: {p.message}
            </li>
          ))}
          {problems.length > SHOWN && <li>{t('problems.more', { count: problems.length - SHOWN })}</li>}
        </ul>
      </details>
    </div>
  );
}
