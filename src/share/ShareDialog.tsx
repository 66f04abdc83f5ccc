/** Share and embed: a deep link to this view and an embed snippet, each with a copy button. */
import { useRef, useState } from 'react';
import { embedSnippet, fullViewUrl } from '../core/links';
import type { Entry, Story } from '../core/types';
import { currentHref } from '../data/viewStore';
import { copyText } from './copyText';
import { Downloads } from './Downloads';
import { LessonBuilder } from './LessonBuilder';
import './share.css';

interface Props {
  title: string;
  /** The story, for its downloads (none without it). */
  story?: Story;
  /** The story is kept in this browser only (My stories): its links open only here. */
  local?: boolean;
  /** The zone each post's time is shown in (`?tz=`); the story's own by default. */
  zoneOf?: (entry: Entry) => string;
}

export function ShareDialog({ title, story, local = false, zoneOf }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const linkField = useRef<HTMLInputElement>(null);
  const codeField = useRef<HTMLTextAreaElement>(null);
  const [copied, setCopied] = useState<'link' | 'code' | 'lesson' | null>(null);
  const [urls, setUrls] = useState({ link: '', code: '', page: '' });

  function open() {
    const page = currentHref();
    setUrls({ link: fullViewUrl(page), code: embedSnippet(page, title), page });
    setCopied(null);
    dialog.current?.showModal();
  }

  async function copy(which: 'link' | 'code') {
    const ok = await copyText(
      which === 'link' ? urls.link : urls.code,
      which === 'link' ? linkField.current : codeField.current,
    );
    setCopied(ok ? which : null);
  }

  return (
    <>
      <button type="button" className="button" onClick={open} aria-haspopup="dialog">
        Share
      </button>
      <dialog ref={dialog} className="share-dialog" aria-labelledby="share-title">
        <h2 id="share-title">Share this view</h2>
        {local && (
          <p className="share-note">
            This story is kept in this browser only: its link and embed open it here, not on another computer.
            To share it, download its JSON and host it, then link with <code>?data=</code>.
          </p>
        )}
        <label htmlFor="share-link">Link to this moment of the story</label>
        <div className="share-row">
          <input
            id="share-link"
            ref={linkField}
            readOnly
            value={urls.link}
            onFocus={(e) => e.currentTarget.select()}
          />
          <button type="button" className="button" onClick={() => void copy('link')}>
            Copy link
          </button>
        </div>
        <label htmlFor="share-code">Embed on a web page (auto-resizes with pym.js)</label>
        <textarea
          id="share-code"
          ref={codeField}
          readOnly
          rows={6}
          value={urls.code}
          onFocus={(e) => e.currentTarget.select()}
        />
        <div className="share-row">
          <button type="button" className="button" onClick={() => void copy('code')}>
            Copy embed code
          </button>
          <p className="share-status" role="status">
            {copied === 'link'
              ? 'Link copied.'
              : copied === 'code'
                ? 'Embed code copied.'
                : copied === 'lesson'
                  ? 'Lesson link copied.'
                  : ''}
          </p>
        </div>
        {story && urls.page && (
          <LessonBuilder
            key={urls.page}
            story={story}
            zoneOf={zoneOf}
            page={urls.page}
            onCopied={(ok) => setCopied(ok ? 'lesson' : null)}
          />
        )}
        {story && <Downloads story={story} />}
        <form method="dialog">
          <button type="submit" className="button button--primary">
            Close
          </button>
        </form>
      </dialog>
    </>
  );
}
