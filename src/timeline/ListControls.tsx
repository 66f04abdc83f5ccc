import { useRef } from 'react';
/** Search, order and the place filter chip above the entry list. */
import type { Place } from '../core/types';
import type { Order } from '../core/viewState';
import { useT } from '../i18n/useT';

interface Props {
  query: string;
  order: Order;
  place: Place | null;
  shown: number;
  total: number;
  onSearch(query: string): void;
  onOrder(order: Order): void;
  onClearPlace(): void;
}

export function ListControls({ query, order, place, shown, total, onSearch, onOrder, onClearPlace }: Props) {
  const search = useRef<HTMLInputElement>(null);
  const t = useT();
  function clearPlace() {
    onClearPlace();
    // The chip goes away: keep keyboard focus in the list controls rather than dropping it to the page.
    search.current?.focus();
  }
  return (
    <div className="list-controls">
      <div className="list-controls-row">
        <input
          ref={search}
          type="search"
          className="search"
          aria-label={t('search.label')}
          placeholder={t('search.placeholder')}
          value={query}
          onChange={(e) => onSearch(e.target.value)}
        />
        <button
          type="button"
          className="button"
          onClick={() => onOrder(order === 'newest' ? 'oldest' : 'newest')}
          aria-label={order === 'newest' ? t('order.newestLabel') : t('order.oldestLabel')}
        >
          {order === 'newest' ? t('order.newest') : t('order.oldest')}
        </button>
      </div>
      <div className="list-controls-row">
        {place && (
          <button
            type="button"
            className="chip"
            onClick={clearPlace}
            aria-label={t('filter.clear', { place: place.name })}
          >
            <bdi>{place.name}</bdi> <span aria-hidden="true">✕</span>
          </button>
        )}
        <p className="list-count" aria-live="polite">
          {shown === total ? t('list.count', { count: total }) : t('list.countOf', { shown, total })}
        </p>
      </div>
    </div>
  );
}
