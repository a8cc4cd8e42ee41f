// The site's search in headless Chromium: a query for a word of the demo
// finds results with snippets (accents folded), in agendas and in minutes,
// a nonsense query finds none, and with script disabled the page says so
// and links the meeting index.
// Usage: node search.mjs SITE_DIR WORD
import { createRequire } from 'node:module';
import { resolve } from 'node:path';

const require = createRequire(process.env.GAVEL_TOOLS + '/package.json');
const { chromium } = require('playwright-core');
const [site, word] = process.argv.slice(2);
const url = 'file://' + resolve(site, 'search.html');
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium', args: ['--no-sandbox'] });
const problems = [];
try {
  const page = await browser.newPage();
  await page.goto(url + '?q=' + encodeURIComponent(word));
  const found = await page.locator('#search-results li').count();
  if (!found) problems.push(`no results for "${word}"`);
  const status = await page.locator('#search-status').textContent();
  if (!/result/.test(status)) problems.push(`status says "${status}"`);
  const hrefs = await page.locator('#search-results li a').evaluateAll(
    (links) => links.map((a) => a.getAttribute('href')));
  for (const href of hrefs)
    if (!/^meetings\/.+\/(agenda|minutes)\.html#item-/.test(href)) problems.push(`result links to ${href}`);
  for (const page of ['agenda', 'minutes'])
    if (!hrefs.some((href) => href.includes(`/${page}.html#`))) problems.push(`no result in ${page}`);
  await page.fill('#q', 'zzqqxxnonsense');
  await page.click('button[type=submit]');
  if (await page.locator('#search-results li').count()) problems.push('nonsense query found something');
  const ctx = await browser.newContext({ javaScriptEnabled: false });
  const plain = await ctx.newPage();
  await plain.goto(url);
  if (!(await plain.locator('#no-script').isVisible())) problems.push('no notice without script');
  if (await plain.locator('#search-form').isVisible()) problems.push('form shown without script');
  console.log(`search for "${word}": ${found} results`);
} finally {
  await browser.close();
}
for (const p of problems) console.log('    ' + p);
process.exit(problems.length ? 1 : 0);
