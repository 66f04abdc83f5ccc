/** What the import found: posts, first and last time, format, and the warnings with their lines. */
import type { Warning } from '../core/warnings';
import { describeWarning } from './warnings';
import type { Chronology } from '../core/chronology';
import { formatMoment } from '../core/format';
import type { Problem } from '../core/validate';
import { useT } from '../i18n/useT';

interface Props {
  chronology: Chronology;
  timeZone: string;
  format: string | null;
  warnings: Warning[];
  problems: Problem[];
}

const SHOWN = 50;

export function ReviewSummary({ chronology, timeZone, format, warnings, problems }: Props) {
  const t = useT();
  const dated = !chronology.ordinal && chronology.entries.length > 0;
  return (
    <section className="review-summary" aria-labelledby="review-summary-title">
      <h3 id="review-summary-title">{t('summary.title')}</h3>
      <dl className="review-facts">
        <dt>{t('summary.posts')}</dt>
        <dd>{chronology.entries.length}</dd>
        <dt>{t('summary.first')}</dt>
        <dd>{dated ? formatMoment(chronology.start, timeZone) : t('summary.noTimes')}</dd>
        <dt>{t('summary.last')}</dt>
        <dd>{dated ? formatMoment(chronology.end, timeZone) : '–'}</dd>
        {format && (
          <>
            <dt>{t('summary.format')}</dt>
            <dd>{format}</dd>
          </>
        )}
      </dl>
      {problems.length > 0 && (
        <div className="review-problems">
          <h4>{t('summary.problems', { count: problems.length })}</h4>
          <p>{t('summary.problemsBody')}</p>
          <ul>
            {problems.slice(0, SHOWN).map((p, i) => (
              <li key={i}>
                {p.where}: {p.message}
              </li>
            ))}
          </ul>
        </div>
      )}
      {warnings.length > 0 && (
        <details className="review-warnings">
          <summary>{t('summary.warnings', { count: warnings.length })}</summary>
          <ul>
            {warnings.slice(0, SHOWN).map((w, i) => (
              <li key={i}>{describeWarning(t, w)}</li>
            ))}
            {warnings.length > SHOWN && <li>{t('summary.more', { count: warnings.length - SHOWN })}</li>}
          </ul>
        </details>
      )}
    </section>
  );
}
