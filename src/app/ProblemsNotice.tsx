/** Data that failed validation: which entries and places are wrong and why; the rest is still shown. */
import type { Problem } from '../core/validate';

const SHOWN = 20;

export function ProblemsNotice({ problems }: { problems: Problem[] }) {
  return (
    <div className="notice notice--warning" role="alert">
      <p className="notice-title">
        {problems.length === 1 ? 'One part' : `${problems.length} parts`} of this story's data could not be
        used; the rest is shown.
      </p>
      <details>
        <summary>What is wrong</summary>
        <ul>
          {problems.slice(0, SHOWN).map((p, i) => (
            <li key={i}>
              <strong>{p.where}</strong>: {p.message}
            </li>
          ))}
          {problems.length > SHOWN && <li>…and {problems.length - SHOWN} more.</li>}
        </ul>
      </details>
    </div>
  );
}
