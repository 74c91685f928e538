import path from 'node:path';
import { loadDotEnv } from '../config/env.ts';
import { redact } from '../config/redact.ts';

/** The knowledge directory a command-line tool uses: its flag, else KNOWLEDGE_DIR, else ./knowledge. */
export function knowledgeDirFrom(flag: string | undefined): string {
  const chosen = flag ?? (process.env.KNOWLEDGE_DIR?.trim() || 'knowledge');
  return path.relative(process.cwd(), path.resolve(chosen)) || '.';
}

/** A failure the user caused (bad flag, unreadable file): printed as is, without a stack trace. */
export class UsageError extends Error {}

/**
 * Runs a command-line tool: its exit code on success; `--help` (or `-h`) prints the usage and exits 0;
 * for a bad flag or a UsageError the message and usage with exit code 2; anything else is a bug,
 * reported in one line with exit code 70.
 */
export async function runCli(usage: string, main: () => Promise<number>): Promise<void> {
  loadDotEnv();
  // Output piped into a reader that stops early (`| head`) is not an error of ours.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
  // Asked for, the usage is the answer: on standard output, and a success.
  const args = process.argv.slice(2);
  if (args.includes('--help') || args.includes('-h')) {
    console.log(usage);
    process.exitCode = 0;
    return;
  }
  try {
    process.exitCode = await main();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const isUsage =
      error instanceof UsageError ||
      (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS'));
    const shown = redact(message, [process.env.DISCORD_TOKEN]);
    console.error(isUsage ? `${shown}\n${usage}` : `internal error: ${shown}`);
    process.exitCode = isUsage ? 2 : 70;
  }
}
