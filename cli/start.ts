/**
 * `npm start` (after `npm run build`): serves the built app on 127.0.0.1 and says where, in one line
 * that stands out from the build's output; opens it in the browser when there is one.
 */
import { preview } from 'vite';

const server = await preview({ preview: { open: !process.env.CI && !process.env.NO_OPEN } });
const url = server.resolvedUrls?.local[0] ?? 'http://127.0.0.1:4173/';
console.log(`\n  Live Atlas is running at ${url} with the sample story.\n  Press Ctrl+C to stop.\n`);
