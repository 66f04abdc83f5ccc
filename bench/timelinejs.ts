/** The same story in Knight Lab's TimelineJS, for a side-by-side load benchmark. */
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { toTimelineJS } from '../src/convert/timelinejs';
import type { Story } from '../src/core/types';

const require = createRequire(import.meta.url);

/** Writes `dir/index.html`, the story as TimelineJS JSON, and TimelineJS's own files (served locally). */
export function writeTimelineJsPage(story: Story, dir: string): void {
  const dist = dirname(require.resolve('@knight-lab/timelinejs/dist/js/timeline.js')).replace(/\/js$/, '');
  mkdirSync(dir, { recursive: true });
  cpSync(`${dist}/js`, `${dir}/js`, { recursive: true });
  cpSync(`${dist}/css`, `${dir}/css`, { recursive: true });
  // The app's own TimelineJS export (src/convert/timelinejs.ts), the file "Download TimelineJS" gives.
  writeFileSync(`${dir}/story.json`, JSON.stringify(toTimelineJS(story)));
  writeFileSync(
    `${dir}/index.html`,
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>TimelineJS</title>
<link rel="stylesheet" href="./css/timeline.css">
<style>html,body{margin:0;height:100%}#timeline-embed{height:100vh}</style></head>
<body><div id="timeline-embed"></div>
<script src="./js/timeline.js"></script>
<script>
fetch('./story.json').then((r) => r.json()).then((data) => {
  window.timeline = new TL.Timeline('timeline-embed', data, { script_path: './js/', hash_bookmark: false, font: null });
});
</script></body></html>`,
  );
}
