// axe-core (wcag2a + wcag2aa) in headless Chromium on each page given, and a
// full-page screenshot of the first one. Prints one line per page:
//   ok - axe PAGE   |   not ok - axe PAGE  followed by the violations.
// Usage: node axe.mjs SCREENSHOT.png PAGE.html...
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const require = createRequire(process.env.GAVEL_TOOLS + '/package.json');
const { chromium } = require('playwright-core');
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

const [shot, ...pages] = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox'],
});
let failed = 0;
try {
  const page = await browser.newPage({ viewport: { width: 1024, height: 768 } });
  for (const [i, file] of pages.entries()) {
    await page.goto('file://' + resolve(file));
    await page.addScriptTag({ content: axeSource });
    const result = await page.evaluate(() =>
      // eslint-disable-next-line no-undef
      axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa'] } }));
    if (result.violations.length === 0) {
      console.log(`ok - axe ${file} (${result.passes.length} rules passed)`);
    } else {
      failed++;
      console.log(`not ok - axe ${file}`);
      for (const v of result.violations)
        for (const n of v.nodes)
          console.log(`    ${v.id}: ${v.help} at ${n.target.join(' ')}`);
    }
    if (i === 0) await page.screenshot({ path: shot, fullPage: true });
  }
} finally {
  await browser.close();
}
process.exit(failed ? 1 : 0);
