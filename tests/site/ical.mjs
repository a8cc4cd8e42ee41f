// calendar.ics through ical.js, plus what ical.js does not check itself:
// every VEVENT has a UID and a DTSTAMP, and UIDs are unique.
// Usage: node ical.mjs FILE.ics
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';

const require = createRequire(process.env.GAVEL_TOOLS + '/package.json');
const ICAL = require('ical.js');
const file = process.argv[2];
const problems = [];
let events = [];
try {
  const comp = new ICAL.Component(ICAL.parse(readFileSync(file, 'utf8')));
  if (!comp.getFirstPropertyValue('prodid')) problems.push('no PRODID');
  if (comp.getFirstPropertyValue('version') !== '2.0') problems.push('VERSION is not 2.0');
  events = comp.getAllSubcomponents('vevent');
  const uids = new Set();
  for (const ev of events) {
    const uid = ev.getFirstPropertyValue('uid');
    if (!uid) problems.push('a VEVENT has no UID');
    else if (uids.has(uid)) problems.push(`UID ${uid} twice`);
    uids.add(uid);
    if (!ev.getFirstPropertyValue('dtstamp')) problems.push(`${uid}: no DTSTAMP`);
    if (!ev.getFirstPropertyValue('dtstart')) problems.push(`${uid}: no DTSTART`);
    if (ev.hasProperty('dtend') && ev.hasProperty('duration')) problems.push(`${uid}: DTEND and DURATION`);
  }
} catch (e) {
  problems.push('ical.js: ' + e.message);
}
if (events.length === 0) problems.push('no events');
if (problems.length) {
  console.log(`not ok - ical.js ${file}`);
  for (const p of problems) console.log('    ' + p);
  process.exit(1);
}
console.log(`ok - ical.js ${file} (${events.length} events)`);
