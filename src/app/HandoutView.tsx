/** The handout (`?print=1`): the map for paper, then the chronology with a short link back to each post. */
import type { Chronology } from '../core/chronology';
import { formatDay, formatMoment } from '../core/format';
import { entryLink } from '../core/links';
import type { Story } from '../core/types';
import { currentHref } from '../data/viewStore';
import { PrintMap } from '../map/PrintMap';
import { useZones } from './useZones';
import './handout.css';
import { useT } from '../i18n/useT';

export function HandoutView({ story, chronology }: { story: Story; chronology: Chronology }) {
  const zones = useZones(story, chronology);
  const t = useT();
  // The page's address, read once for every post's link back.
  const page = currentHref();
  const { title, publisher } = story.story;
  return (
    <div className="handout">
      <header className="handout-header">
        <h1>{title ?? t('story.untitledPage')}</h1>
        <p>
          {publisher && t('handout.credit', { publisher })}
          {!chronology.ordinal &&
            chronology.entries.length > 0 &&
            ` · ${formatDay(chronology.start, zones.axis, true)}`}
          {` · ${t('handout.posts', { count: chronology.entries.length })} · ${t('handout.kind')}`}
        </p>
        <button type="button" className="button button--primary no-print" onClick={() => window.print()}>
          {t('handout.print')}
        </button>
      </header>
      <main>
        <PrintMap chronology={chronology} />
        <h2>{t('handout.chronology')}</h2>
        <ol className="handout-list">
          {chronology.entries.map((entry) => {
            const first = entry.blocks.find((b) => b.type === 'paragraph');
            const places = entry.places.map((id) => chronology.placeById.get(id)?.name).filter(Boolean);
            const link = entryLink(page, entry.id);
            return (
              <li key={entry.id} className="handout-entry">
                <p className="handout-time">
                  {entry.publishedAt
                    ? formatMoment(Date.parse(entry.publishedAt), zones.of(entry))
                    : t('handout.noTime')}
                </p>
                <h3 dir="auto">{entry.title ?? t('story.untitledPost')}</h3>
                {places.length > 0 && (
                  <p className="handout-places">{t('handout.places', { places: places.join(', ') })}</p>
                )}
                {first?.type === 'paragraph' && <p dir="auto">{first.text}</p>}
                <p className="handout-link" dir="ltr">
                  <a href={link}>{link.replace(/^https?:\/\//, '')}</a>
                </p>
              </li>
            );
          })}
        </ol>
      </main>
    </div>
  );
}
