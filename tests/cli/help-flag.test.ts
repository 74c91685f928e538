import { describe, expect, it } from 'vitest';
import { runScript } from '../support/run-cli.ts';

// `npm run insights -- --help` once failed with "Unknown option": every tool answers --help with
// its usage, on standard output, and success; nothing else runs (no configuration is needed). All
// tools share runCli (cli-support.ts); these are the light ones to start (each process costs 1–2 s).
const TOOLS: Record<string, string> = {
  'src/cli/insights.ts': 'usage: npm run insights --',
  'src/cli/invite.ts': 'usage: npm run invite',
  'bin/deploy-commands.ts': 'usage: npm run deploy-commands',
};

describe('--help', () => {
  it('prints the usage on standard output and exits 0, configuration or not', async () => {
    const runs = await Promise.all(
      Object.keys(TOOLS).map((script) => runScript(script, ['--help'], { timeoutMs: 30_000 })),
    );
    for (const [i, [script, usage]] of Object.entries(TOOLS).entries()) {
      expect({ script, ...runs[i] }).toMatchObject({ script, code: 0, stderr: '' });
      expect(runs[i]?.stdout.startsWith(usage), `${script}: ${runs[i]?.stdout}`).toBe(true);
    }
  });

  it('-h too, and an unknown flag is still a usage error (exit 2, on standard error)', async () => {
    const [short, wrong] = await Promise.all([
      runScript('src/cli/kb-check.ts', ['-h']),
      runScript('src/cli/kb-check.ts', ['--hlep']),
    ]);
    expect(short).toMatchObject({ code: 0, stderr: '' });
    expect(short.stdout).toMatch(/^usage: npm run kb:check/);
    expect(wrong.code).toBe(2);
    expect(wrong.stdout).toBe('');
    expect(wrong.stderr).toMatch(/Unknown option '--hlep'\nusage: npm run kb:check/);
  });
});
