/**
 * Draws the app afresh when the interface's language changes, so that what Leaflet and other code outside
 * React wrote once (the zoom buttons' names, the map's credits, the markers' names) is written again in it.
 * The view lives in the URL and the story in the query cache, so nothing the reader chose is lost.
 */
import { Fragment, type ReactNode } from 'react';
import { useLanguage } from './useT';

export function InLanguage({ children }: { children: ReactNode }) {
  return <Fragment key={useLanguage()}>{children}</Fragment>;
}
