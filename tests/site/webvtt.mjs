// Parse a WebVTT chapters file with npm webvtt-parser; exit 1 listing the
// errors. Usage: node webvtt.mjs FILE.vtt
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';

const require = createRequire(process.env.GAVEL_TOOLS + '/package.json');
const { WebVTTParser } = require('webvtt-parser');
const tree = new WebVTTParser().parse(readFileSync(process.argv[2], 'utf8'), 'chapters');
for (const e of tree.errors) console.log(`line ${e.line}: ${e.message}`);
console.log(`${tree.cues.length} cues, ${tree.errors.length} errors`);
process.exit(tree.errors.length || !tree.cues.length ? 1 : 0);
