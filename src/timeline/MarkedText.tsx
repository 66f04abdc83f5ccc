/** Text with its place names marked: each behaves like the entry's place buttons. */
import type { LinkAnnotation, Mention } from '../core/types';
import { segmentText } from './segments';
import type { PlaceHandlers } from './PlaceButton';

interface Props {
  text: string;
  mentions: readonly Mention[];
  links?: readonly LinkAnnotation[];
  handlers: PlaceHandlers;
}

export function MarkedText({ text, mentions, links, handlers }: Props) {
  if (mentions.length === 0 && !links?.length) return <>{text}</>;
  return (
    <>
      {segmentText(text, mentions, links).map((segment, i) => {
        if (segment.kind === 'text') return segment.text;
        if (segment.kind === 'link') {
          return (
            <span key={i} className="external-link" title="A link on the original page">
              {segment.text}
            </span>
          );
        }
        return (
          <button
            key={i}
            type="button"
            className="place-mention"
            onClick={() => handlers.select(segment.placeId)}
            onMouseEnter={() => handlers.highlight(segment.placeId)}
            onMouseLeave={() => handlers.highlight(null)}
            onFocus={() => handlers.highlight(segment.placeId)}
            onBlur={() => handlers.highlight(null)}
          >
            {segment.text}
          </button>
        );
      })}
    </>
  );
}
