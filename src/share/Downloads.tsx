/** "Take it away": the story as JSON, GeoJSON, CSV, TimelineJS or one offline page. */
import { useState } from 'react';
import type { Story } from '../core/types';
import { downloadStory, type Download } from './download';
import './share.css';

const BUTTONS: { format: Download; label: string; hint: string }[] = [
  { format: 'json', label: 'Download JSON', hint: 'the story file, to host and show with ?data=' },
  { format: 'geojson', label: 'Download GeoJSON', hint: 'for QGIS, kepler.gl or Leaflet' },
  { format: 'csv', label: 'Download CSV', hint: 'a row per post and place, for a spreadsheet' },
  { format: 'timelinejs', label: 'Download TimelineJS', hint: 'opens in TimelineJS 3' },
  {
    format: 'html',
    label: 'Download offline page',
    hint: 'one file that opens with no server and no network',
  },
];

export function Downloads({ story }: { story: Story }) {
  const [status, setStatus] = useState('');
  async function download(format: Download, label: string) {
    setStatus('');
    try {
      await downloadStory(story, format);
      setStatus(`${label.replace('Download ', '')} ready: see your downloads.`);
    } catch (error) {
      setStatus(`That file could not be made: ${(error as Error).message}.`);
    }
  }
  return (
    <section className="downloads" aria-labelledby="downloads-title">
      <h3 id="downloads-title">Take it away</h3>
      <ul className="downloads-list">
        {BUTTONS.map(({ format, label, hint }) => (
          <li key={format}>
            <button type="button" className="button" onClick={() => void download(format, label)}>
              {label}
            </button>
            <span className="downloads-hint">{hint}</span>
          </li>
        ))}
      </ul>
      <p className="downloads-status" aria-live="polite">
        {status}
      </p>
    </section>
  );
}
