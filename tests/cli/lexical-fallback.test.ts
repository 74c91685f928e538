import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runScript } from '../support/run-cli.ts';

// The bot without its model: no folder, so it answers by words alone, and says so.
const empty = await mkdtemp(path.join(tmpdir(), 'cp-no-model-'));
afterAll(() => rm(empty, { recursive: true, force: true }));

/** The bot's console, started as `npm start` starts it but without the model-fetch step before it. */
const start = (input: string, env: NodeJS.ProcessEnv) =>
  runScript('', [], { input, env, command: [process.execPath, 'scripts/run.mjs', 'main'], timeoutMs: 40_000 });

describe('without the embedding model', () => {
  it('answers lexically, and says so in the log and in /source', async () => {
    const run = await start(['was karabakh a colony?', '/source', ''].join('\n'), {
      MODEL_DIR: empty,
      LOG_LEVEL: 'info',
    });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^== Was Karabakh ever a colony\? ==/);
    expect(run.stdout).toContain('Questions are matched by their words only: the embedding model in');
    expect(run.stdout).toContain('is not usable (missing model.onnx, tokenizer.json): run `npm run model`.');
    const logs = run.stderr
      .split('\n')
      .filter((l) => l.startsWith('{'))
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(logs.find((l) => l.msg === 'matcher: lexical only')).toMatchObject({
      level: 40,
      matcher: expect.stringMatching(/^lexical: the embedding model in .* is not usable/),
    });
    expect(logs.find((l) => l.msg === 'knowledge base indexed')).toMatchObject({ matcher: 'lexical', embedded: 0 });
  });

  it('MATCHER=lexical forces it even with the model there, and /source says why', async () => {
    const run = await start(['/source', ''].join('\n'), { MATCHER: 'lexical' });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Questions are matched by their words only: MATCHER is set to lexical.');
  });

  it('with the model, /source says questions are read for meaning too', async () => {
    const run = await start(['/source', ''].join('\n'), {});
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      'Questions are matched by their words and their meaning (the sentence-embedding model ' +
        'all-MiniLM-L6-v2-int8, run on this machine).',
    );
  });
});
