/** What the import found: posts, first and last time, format, and the warnings with their lines. */
import type { Chronology } from '../core/chronology';
import { formatMoment } from '../core/format';
import type { Problem } from '../core/validate';

interface Props {
  chronology: Chronology;
  timeZone: string;
  format: string | null;
  warnings: string[];
  problems: Problem[];
}

const SHOWN = 50;

export function ReviewSummary({ chronology, timeZone, format, warnings, problems }: Props) {
  const dated = !chronology.ordinal && chronology.entries.length > 0;
  return (
    <section className="review-summary" aria-labelledby="review-summary-title">
      <h3 id="review-summary-title">What was found</h3>
      <dl className="review-facts">
        <dt>Posts</dt>
        <dd>{chronology.entries.length}</dd>
        <dt>First post</dt>
        <dd>{dated ? formatMoment(chronology.start, timeZone) : 'no times on the page'}</dd>
        <dt>Last post</dt>
        <dd>{dated ? formatMoment(chronology.end, timeZone) : '–'}</dd>
        {format && (
          <>
            <dt>Read as</dt>
            <dd>{format}</dd>
          </>
        )}
      </dl>
      {problems.length > 0 && (
        <div className="review-problems">
          <h4>Parts left out ({problems.length})</h4>
          <p>These parts of the story file are not valid and were left out; the rest is shown.</p>
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
          <summary>Warnings ({warnings.length})</summary>
          <ul>
            {warnings.slice(0, SHOWN).map((w, i) => (
              <li key={i}>{w}</li>
            ))}
            {warnings.length > SHOWN && <li>… and {warnings.length - SHOWN} more</li>}
          </ul>
        </details>
      )}
    </section>
  );
}
