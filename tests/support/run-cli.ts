import { spawn } from 'node:child_process';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { CONFIG_VARIABLES } from '../../src/config/env.ts';

/** The repository root, where npm scripts run. */
export const ROOT = path.join(import.meta.dirname, '..', '..');

/**
 * Every configuration variable, set empty: a developer's own .env or shell must not leak into a
 * test (set variables win over .env, and empty counts as unset to the bot). The last good copy
 * goes to a folder of this test process, not to the repository's data/.
 */
export const UNSET_CONFIG: NodeJS.ProcessEnv = {
  ...Object.fromEntries(CONFIG_VARIABLES.map((name) => [name, ''])),
  DATA_DIR: path.join(tmpdir(), `counterpoint-test-data-${process.pid}`),
};

/**
 * The TypeScript loader (`node --import` it) by its path, so that a script run from another working
 * directory still finds it.
 */
export const TS_LOADER = pathToFileURL(path.join(ROOT, 'scripts', 'ts-loader.mjs')).href;

/** What a finished command printed and how it exited. */
export interface CliRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Runs a TypeScript entry point the way the dev tools run (node --import scripts/ts-loader.mjs),
 * with optional standard input, from the repository root unless `cwd` says otherwise, and waits for
 * it to exit (killed after `timeoutMs`).
 */
export function runScript(
  script: string,
  args: readonly string[] = [],
  options: {
    input?: string;
    env?: NodeJS.ProcessEnv;
    timeoutMs?: number;
    command?: readonly string[];
    cwd?: string;
  } = {},
): Promise<CliRun> {
  const command = options.command ?? [process.execPath, '--import', TS_LOADER, path.resolve(ROOT, script)];
  const [file = process.execPath, ...rest] = command;
  return new Promise((resolve, reject) => {
    const child = spawn(file, [...rest, ...args], {
      cwd: options.cwd ?? ROOT,
      env: { ...process.env, ...UNSET_CONFIG, ...options.env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 15_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
    child.stdin.end(options.input ?? '');
  });
}
