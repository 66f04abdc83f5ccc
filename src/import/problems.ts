/** What the import says when it cannot go on, in the interface's language. */
import { getDateLocale } from '../core/format';
import { translate } from '../i18n/i18n';
import type { ImportProblem } from './importMessages';

export function describeImportProblem(problem: ImportProblem): string {
  switch (problem.reason) {
    case 'gazetteer-network':
      return translate('importProblem.gazetteerNetwork');
    case 'gazetteer-status':
      return translate('importProblem.gazetteerStatus', { status: problem.status });
    case 'no-gazetteer':
      return translate('importProblem.noGazetteer');
    case 'unreadable':
      return problem.detail
        ? translate('importProblem.unreadable', { detail: problem.detail })
        : translate('importProblem.unexpected');
    case 'stopped':
      return translate('importProblem.stopped');
    case 'cancelled':
      return translate('importProblem.cancelled');
  }
}

/** `2.5 MB`, with the locale's decimal sign. */
export function megabytes(bytes: number): string {
  const n = new Intl.NumberFormat(getDateLocale(), { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  return `${n.format(bytes / 1024 / 1024)} MB`;
}
