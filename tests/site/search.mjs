// The site's search in headless Chromium, from file:// (no server).
// Usage: node search.mjs demo SITE_DIR      the demo town's site
//        node search.mjs fixture SITE_DIR   the site tests/site/run makes
//                                           for search (accents, phrases...)
// Each query opens the page afresh and reports the bytes it loaded (every
// file the page read: the page, search.js, the manifest, the shards of the
// words typed and the documents of the results shown). Prints "ok - ..." or
// "not ok - ..." per check, then one line per query's bytes.
import { createRequire } from 'node:module';
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(process.env.GAVEL_TOOLS + '/package.json');
const { chromium } = require('playwright-core');
const [mode, site] = process.argv.slice(2);
const url = 'file://' + resolve(site, 'search.html');
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium', args: ['--no-sandbox'] });
let failed = 0;
const bytesLog = [];
function check(ok, what) {
  console.log(`${ok ? 'ok' : 'not ok'} - ${what}`);
  if (!ok) failed++;
}

// Open the page, search q (typed, or given in ?q= when viaUrl), and return
// the results (titles, links, snippets), the status line, and the files read.
async function search(q, { viaUrl = false, more = false } = {}) {
  const page = await browser.newPage();
  const files = [];
  const errors = [];
  page.on('request', (r) => { if (r.url().startsWith('file:')) files.push(fileURLToPath(r.url())); });
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(viaUrl ? url + '?q=' + encodeURIComponent(q) : url);
  if (!viaUrl) {
    await page.locator('#q').pressSequentially(q, { delay: 20 });
    await page.keyboard.press('Enter');
  }
  const quoted = '\u201c' + q + '\u201d';
  await page.waitForFunction((w) => document.getElementById('search-status').textContent.includes(w),
    quoted, { timeout: 15000 }).catch(() => {});
  if (more && await page.locator('#search-more').isVisible()) {
    const before = await page.locator('#search-results li').count();
    await page.click('#search-more');
    await page.waitForFunction((n) => document.querySelectorAll('#search-results li').length > n,
      before, { timeout: 15000 }).catch(() => {});
  }
  const results = await page.locator('#search-results li').evaluateAll((lis) => lis.map((li) => ({
    title: li.querySelector('a').textContent,
    href: li.querySelector('a').getAttribute('href'),
    snippet: li.querySelector('p:last-child').textContent,
    marks: [...li.querySelectorAll('mark')].map((m) => m.textContent),
  })));
  const status = await page.locator('#search-status').textContent();
  await page.close();
  const unique = [...new Set(files)];
  const bytes = unique.reduce((n, f) => { try { return n + statSync(f).size; } catch { return n; } }, 0);
  bytesLog.push(`bytes for "${q}": ${bytes} in ${unique.length} files`);
  return { results, status, files: unique.map((f) => f.slice(resolve(site).length + 1)), bytes, errors };
}

const titles = (r) => r.results.map((x) => x.title);

try {
  if (mode === 'demo') {
    const r = await search('water rates', { viaUrl: true });
    check(r.results.length > 0 && /result/.test(r.status), `"water rates" from ?q= finds results (${r.status})`);
    check(r.results.every((x) => /^meetings\/.+\/(agenda|minutes)\.html#item-/.test(x.href)),
      'results link to items of agendas and minutes');
    for (const p of ['agenda', 'minutes'])
      check(r.results.some((x) => x.href.includes(`/${p}.html#`)), `a result in ${p}`);
    check(r.results.some((x) => x.marks.some((m) => /^(water|rates)$/i.test(m))),
      'snippets mark the words found');
    check(r.errors.length === 0, `no script errors (${r.errors.join('; ')})`);
    const shards = r.files.filter((f) => f.startsWith('search/t/'));
    check(shards.length >= 1 && shards.length <= 4,
      `only the shards of the words typed are loaded (${shards.join(' ')})`);
    check(!r.files.some((f) => /^search\/\d{4}-\d\d\.js$/.test(f)), 'no month-wide index is loaded');
    const cote = await search('cote');
    check(titles(cote).length > 0 && cote.results.some((x) => x.marks.some((m) => /Côté/.test(m))),
      `"cote" finds "Côté", marked in the snippet (${cote.status})`);
    const council = await search('council', { more: true });
    check(council.results.length > 10, `"More results" shows more (${council.results.length} shown)`);
    const none = await search('zzqqxxnonsense');
    check(none.results.length === 0 && /^0 results/.test(none.status), `nonsense finds nothing (${none.status})`);
    const ctx = await browser.newContext({ javaScriptEnabled: false });
    const plain = await ctx.newPage();
    await plain.goto(url);
    check(await plain.locator('#no-script').isVisible(), 'without script the page says how to search');
    const text = await plain.locator('#no-script').textContent();
    check(/meetings page/.test(text) && await plain.locator('#no-script a[href="index.html"]').count() === 1,
      'without script it links the meeting index');
    check(!(await plain.locator('#search-form').isVisible()), 'no form without script');
  } else {
    const resume = await search('resume');
    check(titles(resume)[0] === '9.1 Résumé of the water study',
      `"resume" finds "Résumé" first (${titles(resume).join(' | ')})`);
    const upper = await search('RÉSUMÉ');
    check(titles(upper)[0] === '9.1 Résumé of the water study', '"RÉSUMÉ" finds it too');
    for (const q of ['nguyen', 'Nguyễn Thị Đặng', 'dang thi'])
      check(titles(await search(q)).some((t) => t.includes('Nguyễn Thị Đặng')),
        `"${q}" finds the delegation of Nguyễn Thị Đặng`);
    const phrase = await search('"water rates"');
    check(titles(phrase).includes('9.3 Budget report') && !titles(phrase).includes('9.4 Rates for water'),
      `the phrase "water rates" finds only the item with the words together (${titles(phrase).join(' | ')})`);
    const words = await search('water rates');
    check(titles(words).includes('9.3 Budget report') && titles(words).includes('9.4 Rates for water'),
      `water rates without quotes finds both (${titles(words).join(' | ')})`);
    const prefix = await search('paving*');
    check(titles(prefix).some((t) => t.includes('Roads')), `"paving*" finds "pavings" (${titles(prefix).join(' | ')})`);
    const typed = await search('libr');
    check(titles(typed).length >= 2, `the last word typed is a prefix: "libr" finds library (${typed.status})`);
    const ranked = await search('library');
    check(titles(ranked)[0] === '9.5 Library hours' && titles(ranked).some((t) => t.includes('Roads')),
      `a title match ranks above a newer text match (${titles(ranked).join(' | ')})`);
    for (const q of ['QZXCANARYONE', 'QZXCANARYTWO', 'QZXCANARYTHREE']) {
      const r = await search(q);
      check(r.results.length === 0, `the confidential word ${q} finds nothing`);
    }
  }
} finally {
  await browser.close();
}
for (const line of bytesLog) console.log('# ' + line);
console.log(`search (${mode}): ${failed ? failed + ' checks failed' : 'all checks passed'}`);
process.exit(failed ? 1 : 0);
