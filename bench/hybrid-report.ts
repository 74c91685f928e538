import type { HybridFigures } from './hybrid.ts';
import type { ProcessFigures } from './process.ts';
import type { Spread } from './measure.ts';

const show = (s: Spread, digits = 2) =>
  `${s.median.toFixed(digits)} [${s.min.toFixed(digits)}–${s.max.toFixed(digits)}]`;
const mark = (ok: boolean) => (ok ? 'met' : '**missed**');
const P95_TARGETS: Readonly<Record<number, number>> = { 56: 10, 10_000: 15, 50_000: 40 };

/** The hybrid matcher's section of RESULTS.md: latency beside the lexical matcher, indexing, memory, install size. */
export function hybridSection(h: HybridFigures, p: ProcessFigures): string[] {
  const sizes = [...new Set(h.latency.map((r) => r.entries))];
  const latency = sizes.flatMap((entries) => {
    const [hybrid, lexical] = (['hybrid', 'lexical'] as const).map((m) =>
      h.latency.find((r) => r.entries === entries && r.method === m),
    );
    if (!hybrid || !lexical) return [];
    const label = entries < 1000 ? `the article (${entries})` : entries.toLocaleString('en-US');
    return [
      `| ${label} | ${show(hybrid.p50)} | ${show(hybrid.p95)} | ${show(lexical.p50, 3)} ` +
        `| ${show(lexical.p95, 3)} | ${(hybrid.p95.median / lexical.p95.median).toFixed(0)}× |`,
    ];
  });
  const targets: [string, string, boolean][] = sizes.flatMap((entries) => {
    const row = h.latency.find((r) => r.entries === entries && r.method === 'hybrid');
    const limit = P95_TARGETS[entries] ?? (entries < 1000 ? 10 : undefined);
    return row && limit
      ? [
          [
            `hybrid p95 ≤ ${limit} ` +
              `ms, ${entries < 1000 ? 'the article' : `${entries.toLocaleString('en-US')} entries`}`,
            row.p95.median.toFixed(2),
            row.p95.median <= limit,
          ] as [string, string, boolean],
        ]
      : [];
  });
  targets.push([
    'RSS at ready ≤ 200 MB (hybrid)',
    p.hybrid.rssAtReadyMb.median.toFixed(0),
    p.hybrid.rssAtReadyMb.median <= 200,
  ]);
  return [
    '## Hybrid matcher (words and meaning) beside the lexical one, in this run',
    '',
    'Each question is asked once per run on a freshly built knowledge base, so every wording is seen for the ' +
      'first time;',
    'hybrid and lexical take turns question by question. Milliseconds, median of 3 runs [min–max].',
    '',
    '| entries | hybrid p50 | hybrid p95 | lexical p50 | lexical p95 | p95 ratio |',
    '|---|---:|---:|---:|---:|---:|',
    ...latency,
    '',
    '| indexing for meaning | texts | first time (empty cache), s | again (from the cache), s |',
    '|---|---:|---:|---:|',
    ...h.indexing.map(
      (i) =>
        `| ${i.entries.toLocaleString('en-US')} entries | ${i.texts.toLocaleString('en-US')} ` +
        `| ${(i.firstMs / 1000).toFixed(1)} | ${(i.cachedMs / 1000).toFixed(2)} |`,
    ),
    '',
    '| process (article) | lexical | hybrid |',
    '|---|---:|---:|',
    `| bot spawn → ready, ms | ${show(p.readyNodeMs, 0)} | ${show(p.hybrid.readyNodeMs, 0)} |`,
    `| RSS at ready, MB | ${show(p.rssAtReadyMb, 0)} | ${show(p.hybrid.rssAtReadyMb, 0)} |`,
    `| \`node scripts/run.mjs ask …\`, ms | ${show(p.askOnceNodeMs, 0)} | ${show(p.hybrid.askOnceNodeMs, 0)} |`,
    '',
    `node_modules: ${h.nodeModulesMb} MB, of which onnxruntime-node ${h.onnxRuntimeMb} MB (binaries for every ` +
      `platform it ships).`,
    '',
    '| target (hybrid) | result | |',
    '|---|---:|---|',
    ...targets.map(([t, r, ok]) => `| ${t} | ${r} | ${mark(ok)} |`),
  ];
}
