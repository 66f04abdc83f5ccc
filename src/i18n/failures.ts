/** Why a story could not be shown (core/failures.ts), in the interface's language. */
import type { Failure } from '../core/failures';
import type { Translate } from './useT';

export function describeFailure(t: Translate, failure: Failure): string {
  switch (failure.reason) {
    case 'network':
      return t('failure.network');
    case 'status':
      return t('failure.status', { status: failure.status });
    case 'not-json':
      return t('failure.notJson');
    case 'broke-off':
      return t('failure.brokeOff');
    case 'read-failed':
      return t('failure.readFailed');
    case 'not-a-story':
      return t('failure.notAStory', { kind: failure.kind });
    case 'saved-forbidden':
      return t('failure.savedForbidden');
    case 'saved-missing':
      return t('failure.savedMissing');
    case 'saved-name':
      return t('failure.savedName');
    case 'link-too-long':
      return t('failure.linkTooLong', { length: failure.length, max: failure.max });
    case 'link-not-url':
      return t('failure.linkNotUrl');
    case 'link-scheme':
      return t('failure.linkScheme');
    case 'link-origin':
      return t('failure.linkOrigin', { origin: failure.origin });
  }
}
