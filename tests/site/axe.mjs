// axe-core (wcag2a + wcag2aa) in headless Chromium on each page given, at a
// phone's width (390 px) and a desktop's (1280 px), and a full-page
// screenshot of each at both: SHOTDIR/NAME-390.png, SHOTDIR/NAME-1280.png.
// Prints one line per page and width:
//   ok - axe PAGE   |   not ok - axe PAGE  followed by the violations.
// Usage: node axe.mjs SHOTDIR NAME=PAGE.html...
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const require = createRequire(process.env.GAVEL_TOOLS + '/package.json');
const { chromium } = require('playwright-core');
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

const [shots, ...named] = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox'],
});
let failed = 0;
try {
  for (const width of [390, 1280]) {
    const page = await browser.newPage({ viewport: { width, height: 800 } });
    for (const arg of named) {
      const [name, file] = arg.split('=');
      await page.goto('file://' + resolve(file));
      await page.addScriptTag({ content: axeSource });
      const result = await page.evaluate(() =>
        // eslint-disable-next-line no-undef
        axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa'] } }));
      if (result.violations.length === 0) {
        console.log(`ok - axe ${file} at ${width} px (${result.passes.length} rules passed)`);
      } else {
        failed++;
        console.log(`not ok - axe ${file} at ${width} px`);
        for (const v of result.violations)
          for (const n of v.nodes)
            console.log(`    ${v.id}: ${v.help} at ${n.target.join(' ')}`);
      }
      await page.screenshot({ path: `${shots}/${name}-${width}.png`, fullPage: true });
    }
    await page.close();
  }
} finally {
  await browser.close();
}
process.exit(failed ? 1 : 0);
