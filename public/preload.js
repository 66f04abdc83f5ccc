/* Live Atlas: asks for the sample story at once, while the app's script is still on its way. Any other
   story (?data=) is fetched by the app's story worker, off the page's thread (src/data/storyWorker.ts). */
if (!new URLSearchParams(location.search).has('data')) {
  var link = document.createElement('link');
  link.rel = 'preload';
  link.as = 'fetch';
  link.crossOrigin = 'anonymous';
  link.href = './data/sample.json';
  document.head.appendChild(link);
}
