// What dist/ is built from and how to tell whether it is current; shared by build.mjs and run.mjs
// (run.mjs loads esbuild only when a build is needed).
import { createHash } from 'node:crypto';
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';

export const ROOT = path.join(import.meta.dirname, '..');

/** Entry points, by the name scripts/run.mjs knows them. */
export const ENTRIES = {
  main: 'bin/main.ts',
  sharded: 'src/sharded.ts',
  ask: 'src/cli/ask.ts',
  'kb-check': 'src/cli/kb-check.ts',
  'deploy-commands': 'bin/deploy-commands.ts',
  invite: 'src/cli/invite.ts',
  insights: 'src/cli/insights.ts',
  model: 'src/cli/model.ts',
  'load-worker': 'src/reload/load-worker.ts',
  'store-worker': 'src/stores/sqlite/store-worker.ts',
  'semantic-worker': 'src/semantic/semantic-worker.ts',
};

const INPUTS = ['bin', 'src', 'commands', 'scripts/build.mjs', 'scripts/dist.mjs', 'package-lock.json'];

/** Every input's path, size and time, hashed: cheap (no file is read), and any edit changes it. */
export async function fingerprintOf(root = ROOT) {
  const hash = createHash('sha1');
  const visit = async (rel) => {
    const full = path.join(root, rel);
    const s = await stat(full).catch(() => undefined);
    if (!s) return;
    if (s.isDirectory()) {
      for (const name of (await readdir(full)).sort()) await visit(path.join(rel, name));
    } else {
      hash.update(`${rel}\0${s.size}\0${s.mtimeMs}\n`);
    }
  };
  for (const input of INPUTS) await visit(input);
  return hash.digest('hex');
}
