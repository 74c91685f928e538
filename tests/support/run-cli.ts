import { spawn } from 'node:child_process';
import path from 'node:path';

/** The repository root, where npm scripts run. */
export const ROOT = path.join(import.meta.dirname, '..', '..');

/** What a finished command printed and how it exited. */
export interface CliRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Runs a TypeScript entry point the way its npm script does (node --import tsx), with optional
 * standard input, and waits for it to exit (killed after `timeoutMs`).
 */
export function runScript(
  script: string,
  args: readonly string[] = [],
  options: { input?: string; env?: NodeJS.ProcessEnv; timeoutMs?: number; command?: readonly string[] } = {},
): Promise<CliRun> {
  const command = options.command ?? [process.execPath, '--import', 'tsx', script];
  const [file = process.execPath, ...rest] = command;
  return new Promise((resolve, reject) => {
    const child = spawn(file, [...rest, ...args], {
      cwd: ROOT,
      env: { ...process.env, DISCORD_TOKEN: '', KNOWLEDGE_DIR: '', ...options.env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => { stdout += chunk.toString(); });
    child.stderr.on('data', (chunk: Buffer) => { stderr += chunk.toString(); });
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 15_000);
    child.on('error', reject);
    child.on('close', (code) => { clearTimeout(timer); resolve({ code, stdout, stderr }); });
    child.stdin.end(options.input ?? '');
  });
}
