/** Messages between an embedded Live Atlas and its host page: the postMessage API and pym.js's protocol. */

export type Command =
  | { type: 'live-atlas:goto'; entryId?: string; time?: string; placeId?: string }
  | { type: 'live-atlas:play' }
  | { type: 'live-atlas:pause' };

export interface ChangeMessage {
  type: 'live-atlas:change';
  time: string | null;
  entryId: string | null;
  placeId: string | null;
}

const ID = /^[A-Za-z0-9_.:-]{1,200}$/;
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:\d{2})$/;
const GOTO_KEYS = new Set(['type', 'entryId', 'time', 'placeId']);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A host's message as a command, or null for anything malformed (never throws). */
export function readCommand(data: unknown): Command | null {
  if (!isRecord(data) || typeof data.type !== 'string') return null;
  if (data.type === 'live-atlas:play' || data.type === 'live-atlas:pause') return { type: data.type };
  if (data.type !== 'live-atlas:goto') return null;
  if (Object.keys(data).some((key) => !GOTO_KEYS.has(key))) return null;
  const command: Command = { type: 'live-atlas:goto' };
  const { entryId, time, placeId } = data;
  if (entryId !== undefined) {
    if (typeof entryId !== 'string' || !ID.test(entryId)) return null;
    command.entryId = entryId;
  }
  if (time !== undefined) {
    if (typeof time !== 'string' || !ISO_TIME.test(time) || !Number.isFinite(Date.parse(time))) return null;
    command.time = time;
  }
  if (placeId !== undefined) {
    if (typeof placeId !== 'string' || !ID.test(placeId)) return null;
    command.placeId = placeId;
  }
  return command.entryId || command.time || command.placeId ? command : null;
}

/** True when a message's origin may control this frame. */
export function isAllowedOrigin(origin: string, allowed: readonly string[]): boolean {
  return origin !== 'null' && allowed.includes(origin);
}

const PYM = 'xPYMx';

/** pym.js's message format: `pymxPYMx{id}xPYMx{type}xPYMx{value}`. */
export function pymMessage(childId: string, type: string, value: string): string {
  return ['pym', childId, type, value].join(PYM);
}

/** A pym.js message for this child, or null. */
export function readPymMessage(data: unknown, childId: string): { type: string; value: string } | null {
  if (typeof data !== 'string' || data.length > 1000) return null;
  const parts = data.split(PYM);
  if (parts.length !== 4 || parts[0] !== 'pym' || parts[1] !== childId || !parts[2]) return null;
  return { type: parts[2], value: parts[3] ?? '' };
}

/**
 * The height an embed asks its host for (pym.js, AMP): from the frame's width only, so it never changes
 * with the post on show, or exactly `fixed` (`?height=`). The same rule as `.is-auto-height` in embed.css.
 */
export function embedHeight(width: number, fixed?: number): number {
  return fixed ?? Math.round(Math.min(860, Math.max(520, 0.4 * width + 320)));
}

/** AMP's request to resize an `amp-iframe` (which must be `resizable` on the host page). */
export function ampEmbedSize(height: number): { sentinel: 'amp'; type: 'embed-size'; height: number } {
  return { sentinel: 'amp', type: 'embed-size', height };
}
