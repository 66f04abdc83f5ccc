/** Messages with markup: `<0>…</0>` in a message marks the text shown as code. */
import { Fragment, type ReactNode } from 'react';

/** `link with <0>?data=</0>.` → text with `?data=` in a <code> element. */
export function withCode(message: string): ReactNode {
  return message
    .split(/<0>(.*?)<\/0>/)
    .map((part, i) => (i % 2 === 1 ? <code key={i}>{part}</code> : <Fragment key={i}>{part}</Fragment>));
}
