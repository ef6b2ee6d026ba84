// Builds the county map of the public map of open needs (Features/PublicMap/Data/counties-<state>.json).
// Source: the US Census Bureau's cartographic boundary files (cb_2017_us_county_500k, simplified to 1:10m), a work of the
// US Government and so in the public domain, as the npm package us-atlas 3.0.1 (ISC licence, Mike Bostock) ships them in
// TopoJSON (counties-10m.json), read with topojson-client 3.1.0 (ISC). Each county of the state becomes an SVG path already
// projected (equirectangular, x scaled by the cosine of the state's middle latitude, north up), keyed by its FIPS code; and
// each ZIP whose internal point (Features/Churches/Data/zip-centroids.csv.gz, Census 2021 Gazetteer) lies in one of the
// state's counties is keyed to that county, for the map's filter by ZIP.
// Run from this folder: npm install --no-save us-atlas@3.0.1 topojson-client@3.1.0 (node_modules is ignored by git)
// then: node build-county-map.mjs 47 Tennessee ../../src/CarePortal.Web/Features/PublicMap/Data
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { feature } = require('topojson-client');
const here = path.dirname(new URL(import.meta.url).pathname);
const [state = '47', stateName = 'Tennessee', out = '.', zipFile = path.join(here, '../../src/CarePortal.Web/Features/Churches/Data/zip-centroids.csv.gz')] = process.argv.slice(2);
const topology = require('us-atlas/counties-10m.json');
const counties = feature(topology, topology.objects.counties).features.filter(f => f.id.startsWith(state));
if (counties.length === 0) throw new Error(`No county has a FIPS code starting ${state}.`);

// Polygons as lists of rings of [lon, lat].
const polygonsOf = f => f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
const points = counties.flatMap(f => polygonsOf(f).flat(2));
const [west, east] = [Math.min(...points.map(p => p[0])), Math.max(...points.map(p => p[0]))];
const [south, north] = [Math.min(...points.map(p => p[1])), Math.max(...points.map(p => p[1]))];
const width = 1000;
const cos = Math.cos(((south + north) / 2) * Math.PI / 180);
const scale = width / ((east - west) * cos);
const height = Math.ceil((north - south) * scale);
const project = ([lon, lat]) => [(lon - west) * cos * scale, (north - lat) * scale];
const fixed = x => Number(x.toFixed(1));
const ring = r => 'M' + r.map(project).map(([x, y]) => `${fixed(x)},${fixed(y)}`).join('L') + 'Z';

// Ray casting: whether [lon, lat] lies inside the polygon (outer ring minus holes).
const inRing = ([x, y], r) => {
  let inside = false;
  for (let i = 0, j = r.length - 1; i < r.length; j = i++) {
    const [xi, yi] = r[i];
    const [xj, yj] = r[j];
    if ((yi > y) !== (yj > y) && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
};
const contains = (f, p) => polygonsOf(f).some(([outer, ...holes]) => inRing(p, outer) && !holes.some(h => inRing(p, h)));

const centroids = zlib.gunzipSync(fs.readFileSync(zipFile)).toString().split('\n')
  .filter(l => /^\d{5},/.test(l)).map(l => l.split(',')).map(([zip, lat, lon]) => [zip, [Number(lon), Number(lat)]]);
const zips = {};
for (const [zip, p] of centroids) {
  if (p[0] < west || p[0] > east || p[1] < south || p[1] > north) continue;
  const county = counties.find(f => contains(f, p));
  if (county) zips[zip] = county.id;
}

const data = {
  _about: `Counties of ${stateName} (FIPS ${state}) for the public map of open needs: SVG paths already projected into the viewBox, `
    + 'keyed by county FIPS, and ZIPs keyed to the county holding their internal point. Made by tools/map/build-county-map.mjs '
    + 'from the US Census Bureau\'s county boundaries (public domain) as us-atlas 3.0.1 ships them; see LICENSE.md beside this file.',
  state,
  stateName,
  viewBox: `0 0 ${width} ${height}`,
  counties: counties.sort((a, b) => a.id.localeCompare(b.id))
    .map(f => ({ fips: f.id, name: f.properties.name, path: polygonsOf(f).flatMap(p => p.map(ring)).join('') })),
  zips,
};
const file = path.join(out, `counties-${state}.json`);
fs.mkdirSync(out, { recursive: true });
fs.writeFileSync(file, JSON.stringify(data) + '\n');
console.log(file, data.counties.length, 'counties', Object.keys(zips).length, 'ZIPs', fs.statSync(file).size, 'bytes');
