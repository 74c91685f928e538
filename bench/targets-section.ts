// The "Against the targets" section of bench/RESULTS.md: each target, the figure measured, met or not.
import type { BenchRun } from './bench-run.ts';

const mark = (ok: boolean) => (ok ? 'met' : '**missed**');

/** The targets section of RESULTS.md, from a run's figures. */
export function targetsSection(run: BenchRun): string[] {
  const matcherAt = (n: number) => run.scale.find((r) => r.entries === n)?.methods[0];
  const article = run.article[0];
  const p = run.processes;
  const rows: [string, string, boolean][] = [];
  if (article) rows.push(['ask p95 ≤ 0.1 on the article', article.p95.median.toFixed(3), article.p95.median <= 0.1]);
  for (const [n, limit] of [
    [10_000, 2],
    [50_000, 10],
  ] as const) {
    const m = matcherAt(n);
    if (m)
      rows.push([
        `ask p95 ≤ ${limit} at ${n.toLocaleString('en-US')} entries`,
        m.p95.median.toFixed(3),
        m.p95.median <= limit,
      ]);
  }
  const tenK = p.batchQps.find((b) => b.label.startsWith('10,000'));
  if (tenK) rows.push(['`ask --batch` ≥ 3,000 questions/s at 10,000 entries', tenK.qps.toFixed(0), tenK.qps >= 3000]);
  for (const row of run.scale) {
    const [m, ...baselines] = row.methods;
    if (!m) continue;
    const p50 = Math.min(...baselines.map((b) => b.p50.median)) / m.p50.median;
    const p95 = Math.min(...baselines.map((b) => b.p95.median)) / m.p95.median;
    const accurate = baselines.every((b) => m.top1 >= b.top1);
    rows.push([
      `≥ 10× the best baseline at p50 and p95, accuracy at least equal, ${row.entries.toLocaleString('en-US')} entries`,
      `${p50.toFixed(1)}× / ${p95.toFixed(1)}×${accurate ? '' : ', less accurate'}`,
      p50 >= 10 && p95 >= 10 && accurate,
    ]);
  }
  rows.push(['`npm run ask -- "x"` ≤ 0.7 s', (p.askOnceNpmMs.median / 1000).toFixed(2), p.askOnceNpmMs.median <= 700]);
  rows.push(['bot spawn → ready ≤ 1.3 s', (p.readyNodeMs.median / 1000).toFixed(2), p.readyNodeMs.median <= 1300]);
  rows.push(['RSS at ready ≤ 120 MB', p.rssAtReadyMb.median.toFixed(0), p.rssAtReadyMb.median <= 120]);
  // Growth of the process that answered, from its own ready: another start's RSS differs by up to 10 MB.
  const growth = p.rssAfterAsksMb - p.rssAskerReadyMb;
  rows.push(['RSS 10 s after 5,000 asks within 20 MB of ready', growth.toFixed(0), growth <= 20]);
  const build10k = matcherAt(10_000);
  if (build10k)
    rows.push([
      'index build ≤ 0.5 s at 10,000 entries',
      (build10k.buildMs.median / 1000).toFixed(2),
      build10k.buildMs.median <= 500,
    ]);
  const rows1m = run.insights.rows.toLocaleString('en-US');
  rows.push([
    `/insights 30-day view ≤ 200 ms on ${rows1m} recorded questions`,
    run.insights.summaryAllMs.median.toFixed(2),
    run.insights.summaryAllMs.median <= 200,
  ]);
  return [
    '## Against the targets',
    '',
    '| target | result | |',
    '|---|---:|---|',
    ...rows.map(([t, r, ok]) => `| ${t} | ${r} | ${mark(ok)} |`),
  ];
}
