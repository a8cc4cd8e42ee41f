// bench/search_page.mjs OLD_SITE NEW_SITE QUERY...: the site's search page in
// headless Chromium (through playwright-core in tools/), from file://, on a
// site published with today's page (OLD_SITE: every month of the index
// loaded with the page) and with the chunked index (NEW_SITE). For each
// query, in a fresh page: open search.html, type the query (30 ms between
// keys) and press Enter. Measured: the bytes of every file the page read
// from opening to the results (the page, scripts, index files), the time
// from the last key of the query to the first results for the whole query
// (today's page searches on Enter, pressed 30 ms after that key; the new
// one as you type, 80 ms after the last key, or on Enter),
// and the time the page took to load before one could type.
// Prints a line per query and site, medians, and the ratio of today's page
// to the new one. Targets (docs/performance.md): <= 300 KB a query, first
// results <= 300 ms after the last key press.
import { createRequire } from 'node:module';
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire((process.env.GAVEL_TOOLS || resolve('tools')) + '/package.json');
const { chromium } = require('playwright-core');
const [oldSite, newSite, ...queries] = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium', args: ['--no-sandbox'] });

// Set in every page before its scripts: when the last key of the query
// went down, and when the status first named the whole query (both pages
// list the results first).
function probe() {
  window.__bench = {};
  document.addEventListener('keydown', (e) => {
    if (e.key !== 'Enter') window.__bench.last = performance.now();
  }, true);
  const watch = () => {
    const status = document.getElementById('search-status');
    new MutationObserver(() => {
      const b = window.__bench;
      if (b.shown === undefined && b.want && status.textContent.includes(b.want)) {
        b.shown = performance.now();
        b.from = b.last;
      }
    }).observe(document.body, { childList: true, subtree: true, characterData: true });
  };
  document.addEventListener('DOMContentLoaded', watch);
}

async function one(site, q) {
  const context = await browser.newContext();
  await context.addInitScript(probe);
  const page = await context.newPage();
  const files = new Set();
  page.on('request', (r) => { if (r.url().startsWith('file:')) files.add(fileURLToPath(r.url())); });
  const t0 = Date.now();
  await page.goto('file://' + resolve(site, 'search.html'), { timeout: 600000 });
  const ready = Date.now() - t0;
  await page.evaluate((w) => { window.__bench.want = w; }, '\u201c' + q + '\u201d');
  await page.locator('#q').pressSequentially(q, { delay: 30 });
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => window.__bench.shown !== undefined, null, { timeout: 120000 });
  const b = await page.evaluate(() => window.__bench);
  const count = await page.locator('#search-results li').count();
  await context.close();
  let bytes = 0;
  for (const f of files) { try { bytes += statSync(f).size; } catch { /* gone */ } }
  return { bytes, files: files.size, ms: b.shown - b.from, ready, count };
}

const median = (v) => { const s = [...v].sort((a, b) => a - b); const n = s.length;
  return n % 2 ? s[(n - 1) / 2] : (s[n / 2 - 1] + s[n / 2]) / 2; };
const kb = (n) => (n / 1024).toFixed(1) + ' KB';
const summary = {};
try {
  for (const [name, site] of [['today', oldSite], ['chunked', newSite]]) {
    const rows = [];
    for (const q of queries) {
      const r = await one(site, q);
      rows.push(r);
      console.log(`  ${name.padEnd(8)} ${JSON.stringify(q).padEnd(22)} ${kb(r.bytes).padStart(11)} in ` +
        `${String(r.files).padStart(4)} files, first results ${r.ms.toFixed(0).padStart(5)} ms after the ` +
        `last key (${r.count} shown), page ready in ${r.ready} ms`);
    }
    summary[name] = {
      bytes: median(rows.map((r) => r.bytes)), maxBytes: Math.max(...rows.map((r) => r.bytes)),
      ms: median(rows.map((r) => r.ms)), maxMs: Math.max(...rows.map((r) => r.ms)),
      ready: median(rows.map((r) => r.ready)),
    };
  }
} finally {
  await browser.close();
}
for (const [name, s] of Object.entries(summary))
  console.log(`search page (${name === 'today' ? "today's page" : 'chunked index'}): bytes per query ` +
    `median ${kb(s.bytes)}, max ${kb(s.maxBytes)}; first results median ${s.ms.toFixed(0)} ms, ` +
    `max ${s.maxMs.toFixed(0)} ms after the last key; page ready median ${s.ready} ms`);
const o = summary.today, n = summary.chunked;
const sooner = o.ms >= n.ms ? `${(o.ms / n.ms).toFixed(1)}x sooner than`
  : `in ${(n.ms / o.ms).toFixed(1)}x the time of`;
console.log(`ratio: the chunked index loads ${(o.bytes / n.bytes).toFixed(1)}x fewer bytes per query ` +
  `and shows first results ${sooner} today's page ` +
  `(targets <= 300 KB: ${n.maxBytes <= 300 * 1024 ? 'met' : 'NOT met'}, <= 300 ms: ` +
  `${n.maxMs <= 300 ? 'met' : 'NOT met'}, on every query)`);
