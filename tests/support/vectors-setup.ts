// vitest's globalSetup: the entries' sentence vectors, embedded once before the workers start.
// On a fresh clone nothing is cached yet, and the first `ask` embeds every entry and its examples
// (about 8 s alone) before it writes the model folder's vectors.bin. The tests that run the CLI in
// parallel, each with a 15 s limit, raced to do it beside every other test file on two cores, and one
// timed out. Without the model (the lexical fallback) there is nothing to embed.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { MODEL } from '../../src/semantic/model-manifest.ts';
import { modelFolder } from '../../src/semantic/model-files.ts';
import { ROOT, runScript } from './run-cli.ts';

export default async function setup(): Promise<void> {
  const dir = path.resolve(ROOT, modelFolder(process.env.MODEL_DIR?.trim() || 'models', MODEL));
  if (!MODEL.files.every((file) => existsSync(path.join(dir, file.name)))) return;
  if (existsSync(path.join(dir, 'vectors.bin'))) return;
  const run = await runScript('src/cli/ask.ts', ['warm up'], { timeoutMs: 180_000, env: { MATCHER: 'hybrid' } });
  if (run.code !== 0) throw new Error(`embedding the entries before the tests failed: ${run.stderr.slice(-500)}`);
  console.log('embedded the entries once before the tests (the vector cache was empty)');
}
