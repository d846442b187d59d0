/**
 * The web UI's two static assets, served from `/static/`: one stylesheet and a few lines of
 * vanilla JavaScript (layer toggles on the article page). No build step, no external asset.
 */

/** `/static/app.css`. */
export const APP_CSS = `
:root{color-scheme:light}
body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif;margin:0 auto;max-width:72rem;padding:0 1.5rem 2rem;color:#1d1d1f;background:#fff}
a{color:#0b57d0}a:focus-visible,button:focus-visible,input:focus-visible,select:focus-visible,summary:focus-visible{outline:3px solid #e07b00;outline-offset:2px}
.skip{position:absolute;left:-999px}.skip:focus{left:1rem;top:.5rem;background:#fff;padding:.3rem .6rem;z-index:9}
.topnav{display:flex;flex-wrap:wrap;gap:1rem;align-items:center;border-bottom:1px solid #ddd;padding:.6rem 0;margin-bottom:1rem}
.topnav .brand{font-weight:700;color:#1d1d1f;text-decoration:none}.topnav a[aria-current]{font-weight:700;text-decoration:none;color:#1d1d1f}
.topnav .ro{margin-left:auto;color:#555;font-size:.85rem}
h1{font-size:1.6rem;margin:.4rem 0 .2rem}h2{margin-top:2rem;border-bottom:1px solid #ddd}
.meta{color:#555}dl.meta{display:grid;grid-template-columns:max-content 1fr;gap:.1rem 1rem}dl.meta dt{font-weight:600}dl.meta dd{margin:0;overflow-wrap:anywhere}table{border-collapse:collapse;width:100%;margin:.5rem 0}
th,td{border:1px solid #ddd;padding:.3rem .5rem;vertical-align:top;text-align:left}th{background:#f4f4f6}
td.num{text-align:right;font-variant-numeric:tabular-nums}
.filters{display:flex;flex-wrap:wrap;gap:.6rem 1rem;align-items:flex-end;margin:.5rem 0 1rem}
.filters label{display:flex;flex-direction:column;font-size:.85rem;color:#333}
input,select,button,textarea{font:inherit;padding:.25rem .4rem}textarea{width:100%;max-width:48rem}
button{cursor:pointer}
.pager{display:flex;gap:1rem;margin:1rem 0}
.snippet{color:#333}.snippet mark{background:#fff3b0}
.problem{color:#b3261e}.note{color:#555}
.verdict-supports{color:#1e7b34;font-weight:600}.verdict-contradicts{color:#b3261e;font-weight:600}.verdict-discusses{color:#8a5a00}.verdict-unrelated{color:#777}
.article{white-space:pre-wrap;border:1px solid #ddd;padding:.8rem;background:#fafafa;font-size:.95rem;line-height:1.7}
.legend{display:flex;flex-wrap:wrap;gap:.4rem 1.2rem;margin:.5rem 0;padding:0;border:0}
.legend label{display:inline-flex;gap:.35rem;align-items:center}
.sw{display:inline-block;padding:0 .35rem;border-radius:2px}
.on-claim .l-claim,.sw.l-claim{border-bottom:2px solid #6d4aff}
.on-entity .l-entity,.sw.l-entity{background:#d6e6ff}
.on-time .l-time,.sw.l-time{background:#c8f0d4}
.on-content .l-content,.sw.l-content{box-shadow:inset 0 -.45em #ffe9a8}
.on-cue .l-cue,.sw.l-cue{font-weight:700;color:#9a3412}
.on-source .l-source,.sw.l-source{text-decoration:underline wavy #9a3412}
.on-mark .l-mark,.sw.l-mark{color:#6b6b6b;background:#eee}
.anchor{scroll-margin-top:4rem}:target+.l-claim{outline:2px solid #e07b00}
pre.why{white-space:pre-wrap;background:#fafafa;border:1px solid #ddd;padding:.8rem}
.tools{border-top:1px solid #ddd;margin-top:2rem}
`;

/** `/static/app.js`: the article page's layer toggles (every layer shows when JS is off). */
export const APP_JS = `
document.querySelectorAll('input[data-layer]').forEach(function (box) {
  var text = document.getElementById(box.getAttribute('aria-controls'));
  if (!text) return;
  box.addEventListener('change', function () { text.classList.toggle('on-' + box.getAttribute('data-layer'), box.checked); });
});
`;
