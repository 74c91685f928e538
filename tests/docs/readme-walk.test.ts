import { readFileSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_ID } from '../support/interactions.ts';
import { commandsOf } from '../support/readme-commands.ts';
import { closedPort, hasJq, run, type Expect, type Ran } from '../support/readme-shell.ts';
import { ROOT } from '../support/run-cli.ts';

// The README walked as a newcomer walks it: every command it shows runs here, on this checkout,
// without a Discord token or network, and must end as the README says. A command added to the
// README without an expectation below fails the first test. CI runs this file with the rest.
const README = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
const TOKEN = 'MTAwMDAwMDAwMDAwMDAwMDAx.GaBcDe.readme-walk-token-value';

type Step = Expect | { readonly skip: string };

const noDiscord = `http://127.0.0.1:${await closedPort()}/api`;
const QUESTION = 'was karabakh a colony?';
const FATAL = /"level":60,[^\n]*"msg":"could not connect to Discord: [^\n]*ECONNREFUSED/.source;

const STEPS: Record<string, Step> = {
  'npm ci': { skip: 'CI runs it first on a clean checkout (.ci/run); here it would replace node_modules mid-suite' },
  'npm test': { skip: 'the suite this file is part of; .ci/run ends with it (readme.test.ts checks)' },
  'npm start': { input: `${QUESTION}\n`, code: 0, stdout: /== Was Karabakh ever a colony\? ==/ },
  'echo "chiragov v armenia" | npm start': { code: 0, stdout: /Chiragov/ },
  'cp .env.example .env': { scratch: true, code: 0 },
  'npm run invite': {
    env: { DISCORD_CLIENT_ID: APP_ID },
    code: 0,
    stdout: new RegExp(`https://discord\\.com/oauth2/authorize\\?client_id=${APP_ID}&scope=bot\\+applications`),
  },
  'npm run deploy-commands': {
    code: 1,
    stderr: /DISCORD_TOKEN: required here[\s\S]*DISCORD_CLIENT_ID: required here/,
  },
  // With a token, against a Discord that refuses the connection: the log lines pass through jq.
  "npm start -s | jq -c 'select(.level >= 40)'": {
    env: { DISCORD_TOKEN: TOKEN, DISCORD_REST_API: noDiscord },
    code: 0,
    // Warnings and errors only, as JSON lines: the fatal one says why it stopped.
    stdout: new RegExp(`^(?=[\\s\\S]*${FATAL})(\\{"level":[4-6]\\d,.*\\}\\n)+$`),
  },
  'npm run kb:check': { code: 0, stdout: /problems: none/ },
  'npm run start:sharded': { code: 1, stderr: /DISCORD_TOKEN: required here/ },
  [`npm run ask -- "${QUESTION}"`]: { code: 0, stdout: /Was Karabakh ever a colony\?/ },
  'npm run insights': { code: 0, stdout: /Nothing recorded yet/ },
  'npm run model': { code: 0, stderr: /every file verified/ },
  'npm run insights -- --help': { code: 0, stdout: /usage: npm run insights -- \[--days N\]/ },
  [`npm run -s ask -- --json "${QUESTION}" | jq -r .verdict`]: { code: 0, stdout: /^clear\n$/ },
};

const commands = commandsOf(README);
const runnable = commands.flatMap((c) => {
  const step = STEPS[c];
  return step && !('skip' in step) ? [[c, step] as const] : [];
});
const results = new Map<string, Ran>();

beforeAll(async () => {
  // Two at a time: each start loads the model (about 200 MB), and the suite runs beside it.
  const queue = [...runnable];
  const worker = async () => {
    for (let next = queue.shift(); next; next = queue.shift()) results.set(next[0], await run(...next));
  };
  await Promise.all([worker(), worker()]);
}, 240_000);
afterAll(() => {
  for (const { folder } of results.values()) rmSync(folder, { recursive: true, force: true });
});

describe('the README, walked', () => {
  it('shows no command without an expectation here, and this file expects none it does not show', () => {
    expect(commands.filter((c) => !(c in STEPS))).toEqual([]);
    expect(Object.keys(STEPS).filter((c) => !commands.includes(c))).toEqual([]);
    // Skipped only what cannot run inside the suite: keep it that way.
    expect(Object.keys(STEPS).filter((c) => 'skip' in (STEPS[c] ?? {}))).toEqual(['npm ci', 'npm test']);
  });

  it.each(runnable)('%s', (command, step) => {
    const ran = results.get(command);
    const seen = `${command}\n--- stdout\n${ran?.stdout}\n--- stderr\n${ran?.stderr}`;
    expect(ran?.code, seen).toBe(step.code);
    if (!hasJq && command.includes('| jq ')) {
      for (const line of ran?.stdout.trim().split('\n') ?? []) expect(() => JSON.parse(line), seen).not.toThrow();
      return;
    }
    if (step.stdout) expect(ran?.stdout, seen).toMatch(step.stdout);
    if (step.stderr) expect(ran?.stderr, seen).toMatch(step.stderr);
    if (step.scratch) {
      const copy = (name: string) => readFileSync(path.join(ran?.folder ?? '', name), 'utf8');
      expect(copy('.env')).toBe(copy('.env.example'));
    }
  });

  it('states the figures the start logs: the texts embedded once, and the model’s size', () => {
    const stated = /(\d+) texts once/.exec(README)?.[1];
    const indexed = /"embedded":(\d+),"fromCache":(\d+)/.exec(results.get('npm start')?.stderr ?? '');
    expect(indexed, 'the start logs how many texts it indexed').not.toBeNull();
    expect(Number(indexed?.[1]) + Number(indexed?.[2])).toBe(Number(stated));
    const megabytes = Number(/\((\d+) MB from/.exec(README)?.[1]);
    const model = path.join(ROOT, 'models', 'all-MiniLM-L6-v2-int8');
    const size = statSync(path.join(model, 'model.onnx')).size + statSync(path.join(model, 'tokenizer.json')).size;
    expect(Math.round(size / 1e6)).toBe(megabytes);
  });
});
