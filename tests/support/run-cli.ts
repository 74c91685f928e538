import { spawn } from 'node:child_process';
import path from 'node:path';

/** The repository root, where npm scripts run. */
export const ROOT = path.join(import.meta.dirname, '..', '..');

/**
 * Every configuration variable, set empty: a developer's own .env or shell must not leak into a
 * test (set variables win over .env, and empty counts as unset to the bot).
 */
export const UNSET_CONFIG: NodeJS.ProcessEnv = Object.fromEntries(
  ['DISCORD_TOKEN', 'DISCORD_CLIENT_ID', 'DISCORD_GUILD_ID', 'DISCORD_REST_API', 'KNOWLEDGE_DIR', 'KNOWLEDGE_WATCH', 'KNOWLEDGE_WATCH_MAX_REMOVED',
    'ADMIN_ROLE_IDS', 'LOG_LEVEL', 'ASK_COOLDOWN_SECONDS', 'TOTAL_SHARDS', 'MENTION_REPLIES', 'MENTION_CHANNEL_COOLDOWN_SECONDS'].map((name) => [name, '']),
);

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
      env: { ...process.env, ...UNSET_CONFIG, ...options.env },
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
