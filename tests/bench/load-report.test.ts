import { describe, expect, it } from 'vitest';
import type { LoadRun } from '../../bench/load.ts';
import { LOAD_HEADING, loadSection, loadSectionOf, withLoadSection } from '../../bench/load-report.ts';
import type { Timeline } from '../../bench/reply-clock.ts';
import { errorReply } from '../../src/replies/view.ts';

const reply = (finalMs: number | undefined, title = 'Answer', acknowledgedMs = finalMs): Timeline => ({
  label: 'ask',
  sentAt: 0,
  ...(finalMs === undefined ? {} : { finalMs, title }),
  ...(acknowledgedMs === undefined ? {} : { acknowledgedMs }),
});

const run = (condition: LoadRun['condition'], asks: Timeline[]): LoadRun => ({
  condition,
  asks,
  settings: reply(condition === 'free' ? 50 : 9_000, condition === 'free' ? 'Settings saved' : 'Settings not saved'),
  votes: [reply(60, 'Thanks')],
  recorded: 3,
  warnings: ['{"level":40,"msg":"settings unavailable"}'],
});

describe('the load section of RESULTS.md', () => {
  it('counts answers, first replies within 3 s and latency per condition, and names what /settings replied', () => {
    const free = run('free', [reply(100), reply(200), reply(300)]);
    // One waited past Discord's window, one got the error path's reply, one never got a reply.
    const errorTitle = errorReply('x').cards[0]?.title ?? '';
    const locked = run('locked', [reply(9_500), reply(4_000, errorTitle), reply(undefined)]);
    const lines = loadSection([free, locked], { date: '2026-12-07', machine: 'test machine' });
    const rows = lines.filter((l) => l.startsWith('| ('));
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatch(/^\| \(a\) free \| 3 \(3–3\) \| 3 \(3–3\) \| 200 \(200–200\) \| 300 \(300–300\) \|/);
    expect(rows[0]).toContain('Settings saved ×1');
    expect(rows[1]).toMatch(/^\| \(b\) locked 10 s by another process \| 1 \(1–1\) \| 0 \(0–0\) \|/);
    expect(rows[1]).toContain('Settings not saved ×1; 9000 (9000–9000) ms');
    expect(lines.join('\n')).toContain('"settings unavailable"');
    expect(lines.join('\n')).toContain('test machine');
  });

  it('replaces its own section in place, keeps the others, and is added at the end when missing', () => {
    const section = [LOAD_HEADING, '', 'new figures', ''];
    const before = `# Results\n\n## A\n\na\n\n${LOAD_HEADING}\n\nold figures\n\n## B\n\nb\n`;
    const after = withLoadSection(before, section);
    expect(after).toBe(`# Results\n\n## A\n\na\n\n${LOAD_HEADING}\n\nnew figures\n\n## B\n\nb\n`);
    expect(loadSectionOf(after)?.join('\n')).toContain('new figures');
    expect(withLoadSection('# Results\n\n## A\n\na\n', section)).toBe(
      `# Results\n\n## A\n\na\n\n${LOAD_HEADING}\n\nnew figures\n`,
    );
    expect(withLoadSection(`# R\n\n${LOAD_HEADING}\n\nold\n`, section)).toBe(`# R\n\n${LOAD_HEADING}\n\nnew figures\n`);
    expect(loadSectionOf('# Results\n')).toBeUndefined();
  });
});
