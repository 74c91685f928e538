// Runs one of the bot's programs from dist/ with plain `node`, rebuilding dist/ first when the
// sources changed since it was built: a fresh clone needs only `npm ci`, and a stale build never runs.
//   node scripts/run.mjs <main|sharded|ask|kb-check|deploy-commands> [arguments…]
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

import { ENTRIES, ROOT, fingerprintOf } from './dist.mjs';

const [entry, ...args] = process.argv.slice(2);
if (!entry || !(entry in ENTRIES) || entry.endsWith('-worker')) {
  console.error(
    `usage: node scripts/run.mjs <${Object.keys(ENTRIES)
      .filter((e) => !e.endsWith('-worker'))
      .join('|')}> [arguments…]`,
  );
  process.exit(2);
}
const fingerprint = await fingerprintOf();
const built = await readFile(path.join(ROOT, 'dist', '.fingerprint'), 'utf8').catch(() => '');
if (built !== fingerprint) await (await import('./build.mjs')).buildDist(fingerprint);
const file = path.join(ROOT, 'dist', `${entry}.js`);
// The program reads its arguments as if it had been started itself.
process.argv = [process.argv[0] ?? 'node', file, ...args];
await import(pathToFileURL(file).href);
