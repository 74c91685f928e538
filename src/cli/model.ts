import { parseArgs } from 'node:util';
import { checkModel } from '../semantic/model-files.ts';
import { MODEL } from '../semantic/model-manifest.ts';
import { fetchModel } from '../semantic/fetch-model.ts';
import { int8Model, type Int8Source } from '../semantic/int8-file.ts';
import { runCli } from './cli-support.ts';

const USAGE = 'usage: npm run model -- [--check] [--optional]';

// `npm run model`: fetches the embedding model into MODEL_DIR (default models/) and verifies every
// file against the checksums in src/semantic/model-manifest.ts. `npm start` and `npm test` run it
// with --optional first: a machine that cannot reach the registry is told so in one line and runs
// lexical-only, rather than not at all.
await runCli(USAGE, async () => {
  const { values } = parseArgs({ options: { check: { type: 'boolean' }, optional: { type: 'boolean' } } });
  const modelDir = process.env.MODEL_DIR?.trim() || 'models';
  const check = await checkModel(modelDir, MODEL);
  if (check.ok) {
    if (!values.optional) console.error(`model: ${MODEL.description} in ${check.dir}, every file verified`);
    if (!values.check) await writeInt8Graph(check.dir);
    return 0;
  }
  if (values.check) {
    console.error(
      `model: not usable in ${check.dir} (missing: ${check.missing.join(', ') || 'none'}; ` +
        `corrupt: ${check.corrupt.join(', ') || 'none'})`,
    );
    return 1;
  }
  console.error(`model: fetching ${MODEL.description} (${MODEL.licence}) into ${check.dir}…`);
  const outcome = await fetchModel(modelDir, MODEL);
  if (outcome.ok) {
    await writeInt8Graph(check.dir);
    return 0;
  }
  const reasons = outcome.failed.map((f) => `${f.file}: ${f.reasons.join('; ')}`).join(' | ');
  if (values.optional) {
    console.error(`model: could not fetch it (${reasons}); the bot answers with the lexical matcher only`);
    return 0;
  }
  console.error(`model: could not fetch it: ${reasons}`);
  return 1;
});

/**
 * Writes the model as it is run (int8-file.ts) now, so that the bot's first start need not. It only
 * saves memory: whatever goes wrong is said in one line, and the command still succeeds.
 */
async function writeInt8Graph(dir: string): Promise<void> {
  const name = MODEL.int8Graph.name;
  const said: Record<Int8Source, string | undefined> = {
    file: undefined,
    written: `${name} written (the model as it is run)`,
    memory: `${name} could not be written in ${dir}; the bot rewrites the model in memory at each start`,
    unpinned: `${name} does not match its pinned checksum (a changed onnx-proto?); not written`,
  };
  try {
    const line = said[(await int8Model(dir, MODEL)).source];
    if (line) console.error(`model: ${line}`);
  } catch (error) {
    console.error(`model: ${name} could not be written (${error instanceof Error ? error.message : String(error)})`);
  }
}
