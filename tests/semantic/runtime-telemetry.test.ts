import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { disableRuntimeTelemetry, RUNTIME_TELEMETRY_VARIABLE } from '../../src/semantic/runtime-telemetry.ts';
import { ROOT, runScript } from '../support/run-cli.ts';

// onnxruntime 1.31 keeps a device id and an event cache under ~/.cache/Microsoft and uploads
// events from every process that opens a session, unless ORT_DISABLE_TELEMETRY=1 is set first.
const home = mkdtempSync(path.join(tmpdir(), 'counterpoint-home-'));
afterAll(() => rmSync(home, { recursive: true, force: true }));

describe("the embedding runtime's telemetry", () => {
  it('is turned off unless the operator set the variable themselves', () => {
    const unset: NodeJS.ProcessEnv = {};
    disableRuntimeTelemetry(unset);
    expect(unset[RUNTIME_TELEMETRY_VARIABLE]).toBe('1');
    const empty: NodeJS.ProcessEnv = { [RUNTIME_TELEMETRY_VARIABLE]: '' };
    disableRuntimeTelemetry(empty);
    expect(empty[RUNTIME_TELEMETRY_VARIABLE]).toBe('1');
    const chosen: NodeJS.ProcessEnv = { [RUNTIME_TELEMETRY_VARIABLE]: '0' };
    disableRuntimeTelemetry(chosen);
    expect(chosen[RUNTIME_TELEMETRY_VARIABLE]).toBe('0');
  });

  it('a process that reads a question for meaning leaves nothing in its home folder', async () => {
    const run = await runScript('src/cli/ask.ts', ['--json', 'was karabakh a colony?'], {
      // Nothing inherited: this test process may have set the variable already.
      env: {
        HOME: home,
        XDG_CACHE_HOME: path.join(home, '.cache'),
        [RUNTIME_TELEMETRY_VARIABLE]: undefined,
        MODEL_DIR: path.join(ROOT, 'models'),
      },
      timeoutMs: 20_000,
    });
    expect(run.code, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ matcher: 'hybrid', answered: true });
    expect(existsSync(path.join(home, '.cache', 'Microsoft')), readdirSync(home).join(', ')).toBe(false);
  });
});
