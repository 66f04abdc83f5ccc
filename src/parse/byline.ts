/** Bylines: a name line (one or two people) followed by a role line, at the top of a post. */
import type { Byline, Person } from '../core/types';

const NAME_WORD = "(?:[A-Z][\\p{L}'’.-]*|de|da|van|von|der|al|bin|el|le|la|di|du|dos)";
const ONE_NAME = `[A-Z][\\p{L}'’.-]+(?: ${NAME_WORD}){1,4}`;
const NAME_LINE = new RegExp(`^(${ONE_NAME})(?:,? (?:and|&) (${ONE_NAME}))?$`, 'u');
const ROLE_WORDS =
  /\b(?:correspondent|editor|reporter|reporting|presenter|analyst|producer|journalist|writer|columnist|commentator|anchor|host|BBC|team|desk|staff|chief|director|specialist|in [A-Z])/i;
const NOT_ROLE = /^(?:Question|Image|Media|Video|Watch|Listen|Read|Follow|Skip)\b|[.!?]$/i;
const PROGRAMME_ONLY = /programme|podcast|radio|bulletin/i;
const PROFESSIONAL = /correspondent|editor|reporter|reporting|presenter|analyst/i;
const REPORTING_FROM = /\breporting from (.+)$/i;
const IN_PLACE =
  /(?:,\s*|\s)in ((?:[A-Z][\p{L}'’.-]*)(?:[ -][A-Z][\p{L}'’.-]*)*(?:, [A-Z][\p{L}'’.-]*(?: [A-Z][\p{L}'’.-]*)*)?)$/u;
const MAX_ROLE_WORDS = 14;
/** A BBC desk and where it is: `BBC News, New York`. */
const DESK_PLACE = /^(BBC(?: [A-Z][\p{L}]+)+), ([A-Z][\p{L}'’.-]*(?: [A-Z][\p{L}'’.-]*)*)$/u;

/** True for a line that reads like a person's name ("Lyse Doucet", "Name One and Name Two"). */
export function looksLikeName(text: string): boolean {
  return text.length <= 80 && NAME_LINE.test(text);
}

/** True for a line that reads like a byline role ("Security correspondent, in Munich"). */
export function looksLikeRole(text: string): boolean {
  if (NOT_ROLE.test(text) || text.split(' ').length > MAX_ROLE_WORDS) return false;
  if (PROGRAMME_ONLY.test(text) && !PROFESSIONAL.test(text)) return false;
  return ROLE_WORDS.test(text);
}

/** Where the role says the reporter is: "Reporting from Warsaw", "correspondent, in Munich". */
export function locationOf(role: string): string | undefined {
  const from = REPORTING_FROM.exec(role)?.[1] ?? IN_PLACE.exec(role)?.[1] ?? DESK_PLACE.exec(role)?.[2];
  return from?.replace(/[.,;]$/, '').trim() || undefined;
}

/** The role without the place it names: "Europe editor, in Brussels" → "Europe editor"; "Reporting from X" → none. */
export function roleWithoutLocation(role: string): string | undefined {
  const without = role
    .replace(REPORTING_FROM, '')
    .replace(IN_PLACE, '')
    .replace(DESK_PLACE, '$1')
    .replace(/[\s,;–-]+$/, '')
    .trim();
  return without || undefined;
}

/** Builds the byline from a name line and a role line. */
export function toByline(nameLine: string, roleLine: string): Byline {
  const m = NAME_LINE.exec(nameLine);
  const names = [m?.[1], m?.[2]].filter((n): n is string => Boolean(n));
  const location = locationOf(roleLine);
  const role = location ? roleWithoutLocation(roleLine) : roleLine;
  const people = names.map((name): Person => ({
    name,
    ...(role ? { role } : {}),
    ...(location ? { location } : {}),
  }));
  return people.length === 1 ? (people[0] ?? null) : people;
}
