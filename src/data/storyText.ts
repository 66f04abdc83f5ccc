/** A story file as a validated story, or why it is not one; long stories are validated in slices. */
import { refusal, type NotStoryKind, type Refusal } from '../core/failures';
import { validateSteps, validateStory, type Validated } from '../core/validate';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** What a JSON value is, for saying why it is not a story. */
function kindOf(value: unknown): NotStoryKind {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'list';
  if (isRecord(value)) return 'object';
  return typeof value as 'number' | 'string' | 'boolean';
}

/**
 * Parses and validates a story file. A file that is not JSON, or JSON that is not a story at all (a list,
 * a number, an object with neither entries nor places), is refused with a reason; a story with some
 * invalid parts keeps the valid rest, with the problems listed.
 */
export function readStoryText(text: string): Validated | Refusal {
  let data: unknown;
  try {
    data = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch {
    return refusal({ reason: 'not-json' });
  }
  return readStoryData(data);
}

/** Why `data` is not a story at all, or null when it is one (perhaps with invalid parts). */
export function notAStory(data: unknown): Refusal | null {
  return !isRecord(data) || (!Array.isArray(data.entries) && !Array.isArray(data.places))
    ? refusal({ reason: 'not-a-story', kind: kindOf(data) })
    : null;
}

export function readStoryData(data: unknown): Validated | Refusal {
  const refused = notAStory(data);
  return refused ?? validateStory(data);
}

/** Lets the page draw and answer input before work goes on (scheduler.yield where there is one). */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
}

/** Longest stretch of validation between two pauses, in milliseconds: well inside a frame. */
const SLICE_MS = 12;

/** `readStoryData`, validating a long story in slices between which the page stays responsive. */
export async function readStoryDataInSlices(data: unknown): Promise<Validated | Refusal> {
  if (!isRecord(data) || (!Array.isArray(data.entries) && !Array.isArray(data.places)))
    return readStoryData(data);
  const steps = validateSteps(data);
  let since = performance.now();
  for (let step = steps.next(); ; step = steps.next()) {
    if (step.done) return step.value;
    if (performance.now() - since > SLICE_MS) {
      await yieldToPage();
      since = performance.now();
    }
  }
}
