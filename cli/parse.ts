#!/usr/bin/env node
/**
 * Entry point of `npm run parse`: wires the CLI to the process. Several pages are parsed on every core:
 * this same file runs in worker threads, each loading the gazetteer once and taking pages in turn.
 */
import { availableParallelism } from 'node:os';
import { isMainThread, parentPort, Worker } from 'node:worker_threads';
import { loadGazetteerFor } from './gazetteer';
import { readStream } from './input';
import { offlineHtml } from './offlinePage';
import { run, runJob, type Job, type JobResult } from './run';
import { watchFiles } from './watch';

/** Parses the jobs on up to one worker a core; results come back as each page is done. */
async function parseMany(jobs: Job[], onDone: (result: JobResult) => void): Promise<void> {
  const queue = [...jobs];
  const threads = Math.max(1, Math.min(availableParallelism(), queue.length));
  await Promise.all(
    Array.from({ length: threads }, () => {
      const worker = new Worker(new URL(import.meta.url));
      return new Promise<void>((resolve) => {
        const next = () => {
          const job = queue.shift();
          if (job) worker.postMessage(job);
          else void worker.terminate().then(() => resolve());
        };
        worker.on('message', (result: JobResult) => {
          onDone(result);
          next();
        });
        worker.on('error', (error) => {
          onDone({
            input: '(worker)',
            out: '',
            ok: false,
            line: `a worker stopped: ${error.message}`,
            warnings: [],
          });
          resolve();
        });
        next();
      });
    }),
  );
}

if (isMainThread) {
  process.exitCode = await run(process.argv.slice(2), {
    readStdin: () => readStream(process.stdin, 'standard input'),
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    now: () => new Date(),
    loadGazetteer: loadGazetteerFor,
    offlinePage: offlineHtml,
    parseMany,
    watch: (paths, onChange) => watchFiles(paths, onChange),
  });
} else {
  const now = new Date();
  parentPort?.on('message', (job: Job) => {
    void runJob(job, now, loadGazetteerFor, offlineHtml).then((result) => parentPort?.postMessage(result));
  });
}
