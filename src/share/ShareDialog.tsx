/** Share and embed: a deep link to this view and an embed snippet, each with a copy button. */
import { useRef, useState } from 'react';
import { embedSnippet, fullViewUrl } from '../core/links';
import type { Entry, Story } from '../core/types';
import { currentHref } from '../data/viewStore';
import { copyText } from './copyText';
import { Downloads } from './Downloads';
import { LessonBuilder } from './LessonBuilder';
import './share.css';
import { useT } from '../i18n/useT';
import { withCode } from '../i18n/rich';

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
  const t = useT();
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
        {t('share.open')}
      </button>
      <dialog ref={dialog} className="share-dialog" aria-labelledby="share-title">
        <h2 id="share-title">{t('share.title')}</h2>
        {local && <p className="share-note">{withCode(t('share.localNote'))}</p>}
        <label htmlFor="share-link">{t('share.link')}</label>
        <div className="share-row">
          <input
            id="share-link"
            ref={linkField}
            readOnly
            value={urls.link}
            onFocus={(e) => e.currentTarget.select()}
          />
          <button type="button" className="button" onClick={() => void copy('link')}>
            {t('share.copyLink')}
          </button>
        </div>
        <label htmlFor="share-code">{t('share.embed')}</label>
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
            {t('share.copyEmbed')}
          </button>
          <p className="share-status" role="status">
            {copied === 'link'
              ? t('share.linkCopied')
              : copied === 'code'
                ? t('share.embedCopied')
                : copied === 'lesson'
                  ? t('share.lessonCopied')
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
            {t('share.close')}
          </button>
        </form>
      </dialog>
    </>
  );
}
