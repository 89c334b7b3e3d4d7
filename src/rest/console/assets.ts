/**
 * The console's own script and stylesheet (served from /console/assets/, so the CSP allows 'self'
 * only, with no inline code), and Chart.js's browser bundle from the installed package.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);

export const CHART_JS_PATH = '/console/assets/chart.umd.min.js';

/** chart.js's UMD build, read once from node_modules (beside its main file: the package exports no path to it). */
export function chartJsBundle(): string {
  return fs.readFileSync(path.join(path.dirname(require.resolve('chart.js')), 'chart.umd.min.js'), 'utf8');
}

/**
 * Draws each `<canvas data-chart="id">` from the JSON in `<script type="application/json" id="id">`:
 * a stacked bar chart of calls per day, one series per tool or per key.
 */
export const CONSOLE_JS = `'use strict';
document.querySelectorAll('canvas[data-chart]').forEach(function (canvas) {
  var source = document.getElementById(canvas.getAttribute('data-chart'));
  if (!source || typeof Chart === 'undefined') return;
  var data = JSON.parse(source.textContent);
  new Chart(canvas, {
    type: 'bar',
    data: { labels: data.labels, datasets: data.series.map(function (s) { return { label: s.label, data: s.values }; }) },
    options: {
      animation: false,
      responsive: true,
      scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true, ticks: { precision: 0 } } },
      plugins: { title: { display: true, text: data.title } }
    }
  });
  canvas.setAttribute('data-rendered', 'true');
});
document.querySelectorAll('form[data-confirm]').forEach(function (form) {
  form.addEventListener('submit', function (event) {
    if (!window.confirm(form.getAttribute('data-confirm'))) event.preventDefault();
  });
});
`;

export const CONSOLE_CSS = `body{font-family:system-ui,sans-serif;margin:0;color:#1d1d1f;line-height:1.45}
header{background:#111;color:#fff;padding:.6rem 1.2rem;display:flex;gap:1rem;align-items:center}
header a{color:#fff}header form{margin-left:auto}
main{max-width:72rem;margin:1.5rem auto;padding:0 1rem}
table{border-collapse:collapse;width:100%;margin:.5rem 0 1.5rem}td,th{border:1px solid #ddd;padding:.3rem .5rem;text-align:left;font-size:.9rem;vertical-align:top}
code,.key{font-family:ui-monospace,monospace;background:#f3f3f3;padding:0 .2rem}
.key{display:block;padding:.6rem;font-size:1.05rem;word-break:break-all;border:2px solid #0a7}
fieldset{border:1px solid #ddd;margin:0 0 1rem}label{margin-right:1rem}
.error{color:#a00}.muted{color:#666;font-size:.85rem}.charts{display:grid;grid-template-columns:1fr 1fr;gap:1rem}
button{cursor:pointer}
`;
