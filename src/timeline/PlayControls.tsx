/** Play/Pause through the story and its speed. */
import { SPEEDS } from './usePlayback';
import { useT } from '../i18n/useT';

interface Props {
  playing: boolean;
  speed: number;
  onToggle(): void;
  onSpeed(speed: number): void;
}

export function PlayControls({ playing, speed, onToggle, onSpeed }: Props) {
  const t = useT();
  return (
    <div className="play-controls" data-play-controls="">
      <button type="button" className="button button--primary" onClick={onToggle} aria-pressed={playing}>
        <span aria-hidden="true">{playing ? '❚❚' : '▶'}</span>{' '}
        <span className="play-label">{playing ? t('play.pause') : t('play.play')}</span>
      </button>
      <label className="speed">
        <span>{t('play.speed')}</span>
        <select value={speed} onChange={(e) => onSpeed(Number(e.target.value))}>
          {SPEEDS.map((s, i) => (
            <option key={s.label} value={i}>
              {s.label}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
