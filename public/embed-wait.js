/* Live Atlas: the embed snippet's placeholder (embed.html). pym.js replaces the snippet's iframe with
   its own, which loads the app; until then this page stays light. If the iframe is still here after a
   moment, pym.js is not coming (a host page may drop scripts): the embed opens in this frame instead.
   Both addresses are the app's own folder with this page's query, so they can only open Live Atlas. */
(function () {
  var query = new URLSearchParams(location.search);
  var embed = './?' + query.toString();
  query.delete('embed');
  document.addEventListener('DOMContentLoaded', function () {
    var open = document.getElementById('open');
    if (open) open.setAttribute('href', './?' + query.toString());
  });
  setTimeout(function () {
    location.replace(embed);
  }, 2500);
})();
