// Validate a `gavel export popolo` document against the Popolo JSON Schemas
// (draft-03) in tests/site/popolo-schemas, with npm jsonschema.
// Usage: node popolo.mjs FILE.json ; exits 1 and lists errors if invalid.
import { createRequire } from 'node:module';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const require = createRequire(process.env.GAVEL_TOOLS + '/package.json');
const { Validator } = require('jsonschema');
const dir = process.env.POPOLO_SCHEMAS;
const v = new Validator();
const schemas = {};
for (const f of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
  const s = JSON.parse(readFileSync(join(dir, f), 'utf8'));
  v.addSchema(s, s.id);
  schemas[f.replace('.json', '')] = s;
}
const doc = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const kinds = { organizations: 'organization', persons: 'person', posts: 'post', memberships: 'membership',
  motions: 'motion', vote_events: 'vote_event' };
let errors = 0, checked = 0;
for (const [key, schema] of Object.entries(kinds)) {
  for (const [i, obj] of (doc[key] || []).entries()) {
    checked++;
    const r = v.validate(obj, schemas[schema]);
    for (const e of r.errors) { errors++; console.log(`${key}[${i}]: ${e.stack}`); }
    for (const [k, sub] of [['counts', 'count'], ['votes', 'vote']])
      for (const [n, o] of (obj[k] || []).entries())
        for (const e of v.validate(o, schemas[sub]).errors) { errors++; console.log(`${key}[${i}].${k}[${n}]: ${e.stack}`); }
  }
}
console.log(`${checked} objects checked, ${errors} errors`);
process.exit(errors || !checked ? 1 : 0);
