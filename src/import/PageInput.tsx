/** The page to import: pasted text or HTML, or a file opened or dropped; and how to read its times. */
import { memo, useId, useState, type DragEvent, type ReactNode } from 'react';
import { FORMAT_NAMES } from '../parse/formats';
import { ACCEPTED_FILES, readPageFile } from './readInput';
import { useT } from '../i18n/useT';

export interface PageSettings {
  year: string;
  date: string;
  timeZone: string;
  format: string;
}

interface Props {
  text: string;
  onText: (text: string, from?: string) => void;
  settings: PageSettings;
  onSettings: (settings: PageSettings) => void;
  /** Why the input cannot be read (shown beside it), or null. */
  problem: ReactNode;
  onProblem: (problem: string | null) => void;
  busy: boolean;
  onSubmit: () => void;
}

let zones: string[] | null = null;
const timeZones = () =>
  (zones ??=
    (Intl as { supportedValuesOf?: (key: string) => string[] }).supportedValuesOf?.('timeZone') ?? []);

/** The zones this browser knows, as suggestions: drawn once, not on every keystroke. */
const ZoneList = memo(function ZoneList({ id }: { id: string }) {
  return (
    <datalist id={id}>
      {timeZones().map((zone) => (
        <option key={zone} value={zone} />
      ))}
    </datalist>
  );
});

interface TextProps {
  id: string;
  value: string;
  onText: (text: string) => void;
  describedBy: string;
  invalid: boolean;
}

/**
 * The text box, drawn again only when its own props change: a pasted page may be megabytes, and
 * reading a text box's value back is not free.
 */
const PageText = memo(function PageText({ id, value, onText, describedBy, invalid }: TextProps) {
  return (
    <textarea
      id={id}
      className="page-text"
      value={value}
      onChange={(e) => onText(e.target.value)}
      rows={12}
      spellCheck={false}
      aria-describedby={describedBy}
      aria-invalid={invalid || undefined}
    />
  );
});

export function PageInput({ text, onText, settings, onSettings, problem, onProblem, busy, onSubmit }: Props) {
  const id = useId();
  const t = useT();
  const [dragging, setDragging] = useState(false);
  const set = (part: Partial<PageSettings>) => onSettings({ ...settings, ...part });

  async function open(file: File | undefined) {
    if (!file) return;
    const read = await readPageFile(file);
    if ('error' in read) onProblem(read.error);
    else {
      onProblem(null);
      onText(read.text, file.name);
    }
  }

  function drop(event: DragEvent) {
    event.preventDefault();
    setDragging(false);
    void open(event.dataTransfer.files[0]);
  }

  return (
    <form
      className="page-input"
      aria-describedby={problem ? `${id}-problem` : undefined}
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit();
      }}
    >
      <label htmlFor={`${id}-text`}>{t('input.text')}</label>
      <p className="page-input-hint" id={`${id}-hint`}>
        {t('input.hint')}
      </p>
      <PageText
        id={`${id}-text`}
        value={text}
        onText={onText}
        describedBy={`${id}-hint${problem ? ` ${id}-problem` : ''}`}
        invalid={Boolean(problem)}
      />
      <div
        className={`drop-zone${dragging ? ' is-dragging' : ''}`}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={drop}
      >
        <label htmlFor={`${id}-file`}>{t('input.file')}</label>
        <input
          id={`${id}-file`}
          type="file"
          accept={ACCEPTED_FILES}
          onChange={(e) => {
            void open(e.target.files?.[0]);
            e.target.value = '';
          }}
        />
        <p aria-hidden="true">{t('input.drop')}</p>
      </div>
      {problem && (
        <p className="input-problem" id={`${id}-problem`} role="alert">
          {problem}
        </p>
      )}
      <fieldset className="page-options">
        <legend>{t('input.options')}</legend>
        <label>
          {t('input.year')}
          <input
            type="number"
            min={1900}
            max={2100}
            value={settings.year}
            onChange={(e) => set({ year: e.target.value })}
          />
        </label>
        <label>
          {t('input.date')}
          <input type="date" value={settings.date} onChange={(e) => set({ date: e.target.value })} />
        </label>
        <label>
          {t('input.zone')}
          <input
            list={`${id}-zones`}
            value={settings.timeZone}
            onChange={(e) => set({ timeZone: e.target.value })}
            autoComplete="off"
          />
          <ZoneList id={`${id}-zones`} />
        </label>
        <label>
          {t('input.format')}
          <select value={settings.format} onChange={(e) => set({ format: e.target.value })}>
            <option value="">{t('input.detect')}</option>
            {FORMAT_NAMES.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </select>
        </label>
      </fieldset>
      <button type="submit" className="button button--primary" disabled={busy}>
        {t('input.make')}
      </button>
    </form>
  );
}
