/**
 * The page's side of the import worker: one worker for the import view's life, asked to make a story
 * from a page's text (with progress) or to search the gazetteer. Kept outside React: the view holds one.
 */
import type { Entry } from '../core/types';
import type { GazetteerPlace } from '../geo/gazetteer';
import type {
  ImportOptions,
  ImportProblem,
  ImportReply,
  ImportRequest,
  ImportResult,
} from './importMessages';
import { describeImportProblem } from './problems';

export interface Progress {
  phase: 'gazetteer' | 'posts';
  done: number;
  total: number;
}

export class ImportClient {
  private worker: Worker | null = null;
  private searches = new Map<number, (places: GazetteerPlace[]) => void>();
  private nextId = 1;
  private running: {
    slices: Entry[][];
    resolve: (result: ImportResult) => void;
    reject: (error: Error) => void;
    onProgress: (progress: Progress) => void;
  } | null = null;

  private start(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(new URL('./importWorker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = ({ data }: MessageEvent<ImportReply>) => this.receive(data);
    worker.onerror = (event) => {
      event.preventDefault();
      this.fail({ reason: 'stopped' });
      this.stop();
    };
    this.worker = worker;
    return worker;
  }

  private fail(problem: ImportProblem) {
    this.running?.reject(new Error(describeImportProblem(problem)));
    this.running = null;
    for (const resolve of this.searches.values()) resolve([]);
    this.searches.clear();
  }

  private receive(reply: ImportReply) {
    if (reply.type === 'progress') this.running?.onProgress(reply);
    else if (reply.type === 'entries') this.running?.slices.push(JSON.parse(reply.json) as Entry[]);
    else if (reply.type === 'done') {
      if (this.running) {
        const result = JSON.parse(reply.json) as ImportResult;
        result.story.entries = this.running.slices.flat();
        this.running.resolve(result);
      }
      this.running = null;
    } else if (reply.type === 'found') {
      this.searches.get(reply.id)?.(reply.places);
      this.searches.delete(reply.id);
    } else this.fail(reply.problem);
  }

  private send(request: ImportRequest) {
    this.start().postMessage(request);
  }

  /** Starts the worker ahead of use: making a thread takes the page's thread tens of milliseconds. */
  warm() {
    this.start();
  }

  /** The page made into a story; one at a time (a new one replaces one still running). */
  read(
    text: string,
    options: ImportOptions,
    onProgress: (progress: Progress) => void,
  ): Promise<ImportResult> {
    if (this.running) this.stop();
    return new Promise((resolve, reject) => {
      this.running = { slices: [], resolve, reject, onProgress };
      this.send({ type: 'import', text, options, base: document.baseURI });
    });
  }

  search(query: string): Promise<GazetteerPlace[]> {
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.searches.set(id, resolve);
      this.send({ type: 'search', id, query, base: document.baseURI });
    });
  }

  /** Ends the worker (and whatever it was doing). */
  stop() {
    this.worker?.terminate();
    this.worker = null;
    this.fail({ reason: 'cancelled' });
  }
}
