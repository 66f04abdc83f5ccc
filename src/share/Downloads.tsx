/** "Take it away": the story as JSON, GeoJSON, CSV, TimelineJS or one offline page. */
import { useState } from 'react';
import type { Story } from '../core/types';
import { downloadStory, type Download } from './download';
import './share.css';
import { useT } from '../i18n/useT';
import type { MessageId } from '../i18n/i18n';

const BUTTONS = [
  { format: 'json', label: 'downloads.json', hint: 'downloads.jsonHint', ready: 'downloads.ready.json' },
  {
    format: 'geojson',
    label: 'downloads.geojson',
    hint: 'downloads.geojsonHint',
    ready: 'downloads.ready.geojson',
  },
  { format: 'csv', label: 'downloads.csv', hint: 'downloads.csvHint', ready: 'downloads.ready.csv' },
  {
    format: 'timelinejs',
    label: 'downloads.timelinejs',
    hint: 'downloads.timelinejsHint',
    ready: 'downloads.ready.timelinejs',
  },
  { format: 'html', label: 'downloads.html', hint: 'downloads.htmlHint', ready: 'downloads.ready.html' },
] as const satisfies readonly { format: Download; label: MessageId; hint: MessageId; ready: MessageId }[];

export function Downloads({ story }: { story: Story }) {
  const [status, setStatus] = useState('');
  const t = useT();
  async function download(format: Download, ready: MessageId) {
    setStatus('');
    try {
      await downloadStory(story, format);
      setStatus(t(ready));
    } catch (error) {
      setStatus(t('downloads.failed', { reason: (error as Error).message }));
    }
  }
  return (
    <section className="downloads" aria-labelledby="downloads-title">
      <h3 id="downloads-title">{t('downloads.title')}</h3>
      <ul className="downloads-list">
        {BUTTONS.map(({ format, label, hint, ready }) => (
          <li key={format}>
            <button type="button" className="button" onClick={() => void download(format, ready)}>
              {t(label)}
            </button>
            <span className="downloads-hint">{t(hint)}</span>
          </li>
        ))}
      </ul>
      <p className="downloads-status" aria-live="polite">
        {status}
      </p>
    </section>
  );
}
