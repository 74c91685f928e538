// Running a README command as a newcomer's fresh shell would: in this checkout (or, for a step that
// writes files, in an empty folder holding a copy of .env.example), with no configuration and none
// of the npm_* variables of the `npm test` around it. What readme-walk.test.ts checks each one with.
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ROOT, UNSET_CONFIG } from './run-cli.ts';

/** How a command must end; `scratch` runs it in an empty folder holding a copy of .env.example. */
export interface Expect {
  readonly env?: NodeJS.ProcessEnv;
  readonly input?: string;
  readonly scratch?: true;
  readonly code: number;
  readonly stdout?: RegExp;
  readonly stderr?: RegExp;
}

/** A loopback port nothing listens on: a "Discord" that refuses at once, without the network. */
export async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  return typeof address === 'object' && address ? address.port : 9;
}

/** What a finished command printed and how it exited. */
export interface Ran {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly folder: string;
}

/** The environment of a fresh shell: no npm_* variables of the `npm test` around us, no configuration. */
function shellEnv(step: Expect, folder: string): NodeJS.ProcessEnv {
  const inherited = Object.entries(process.env).filter(([name]) => !name.toLowerCase().startsWith('npm_'));
  return { ...Object.fromEntries(inherited), ...UNSET_CONFIG, DATA_DIR: path.join(folder, 'data'), ...step.env };
}

/** Whether jq is installed: without it, a command piped into jq is run without the pipe. */
export const hasJq = spawnSync('jq', ['--version']).status === 0;

/** Runs `command` to its end (90 s at most), with `step.input` on its standard input. */
export function run(command: string, step: Expect): Promise<Ran> {
  const folder = mkdtempSync(path.join(tmpdir(), 'counterpoint-readme-walk-'));
  if (step.scratch) copyFileSync(path.join(ROOT, '.env.example'), path.join(folder, '.env.example'));
  // Without jq the pipe's left side still has to print JSON alone: the test reads it instead.
  const shown = hasJq ? command : command.replace(/\s*\|\s*jq .*$/, '');
  return new Promise((resolve, reject) => {
    const child = spawn('sh', ['-c', shown], { cwd: step.scratch ? folder : ROOT, env: shellEnv(step, folder) });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), 90_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr, folder });
    });
    // A command that never reads its input may have exited before it is written (EPIPE): what the
    // test reads is its exit code and output, which 'close' gives either way.
    child.stdin.on('error', () => {});
    child.stdin.end(step.input ?? '');
  });
}
