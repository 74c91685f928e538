import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { stringify } from 'yaml';

/** Size of a synthetic knowledge base. */
export interface SyntheticOptions {
  readonly entries: number;
  readonly sources: number;
  /** Seed for the word choices, so every run builds the same files. */
  readonly seed?: number;
}

const SECTIONS = 8;
/** The bundled sources, whose words the synthetic text is drawn from (whichever article they hold). */
const SOURCES = path.join(import.meta.dirname, '..', 'knowledge', 'sources');

/** Mulberry32: a small seeded generator, so benchmarks compare like with like. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Writes a knowledge directory of `entries` entries spread over `sources` sources, with words
 * drawn from the real article so that text lengths and vocabulary look like real ones. Every
 * quote is verbatim, so the result loads without problems.
 */
export async function writeSyntheticKnowledge(dir: string, options: SyntheticOptions): Promise<void> {
  const files = (await readdir(SOURCES)).filter((f) => f.endsWith('.md')).sort();
  const texts = await Promise.all(files.map((f) => readFile(path.join(SOURCES, f), 'utf8')));
  // Without the publisher_names line, which came after the synthetic bases' figures were measured:
  // one word more ("names") would reshuffle every word drawn, and every figure with them.
  const text = texts.join('\n').replace(/^publisher_names:.*\n/gm, '');
  const vocabulary = [...new Set(text.toLowerCase().match(/[a-z]{3,}/g) ?? [])];
  const next = random(options.seed ?? 20201111);
  const pick = () => vocabulary[Math.floor(next() * vocabulary.length)] ?? 'karabakh';
  const sentence = (n: number) => Array.from({ length: n }, pick).join(' ');
  await rm(dir, { recursive: true, force: true });
  await mkdir(path.join(dir, 'sources'), { recursive: true });
  await mkdir(path.join(dir, 'arguments'), { recursive: true });
  const perSource = Math.ceil(options.entries / options.sources);
  const perSection = Math.ceil(perSource / SECTIONS);
  let made = 0;
  for (let s = 0; s < options.sources && made < options.entries; s++) {
    const sourceId = `synthetic-${String(s + 1).padStart(3, '0')}`;
    const sections = Array.from({ length: SECTIONS }, () => Array.from({ length: perSection }, () => sentence(80)));
    const body = sections.map((paras, i) =>
      [`<!-- page ${i + 1} -->`, `## ${i + 1}. ${sentence(6)}`, ...paras].join('\n\n'),
    );
    const front = [
      '---',
      `id: ${sourceId}`,
      `title: Synthetic source ${s + 1}`,
      `citation: Synthetic ${s + 1}`,
      'publisher: Counterpoint benchmarks',
      'series: Synthetic',
      'date: 2020-11-11',
      'address: https://example.org/synthetic',
      'attribution: Generated text for benchmarks.',
      'attribution_line: Generated text for benchmarks.',
      '---',
    ].join('\n');
    await writeFile(path.join(dir, 'sources', `${sourceId}.md`), `${front}\n\n${body.join('\n\n')}\n`);
    const entries = [];
    for (let k = 0; k < perSource && made < options.entries; k++, made++) {
      const section = (k % SECTIONS) + 1;
      const paragraph = Math.floor(k / SECTIONS) + 1;
      const words = (sections[section - 1]?.[paragraph - 1] ?? '').split(' ');
      const start = Math.floor(next() * 50);
      entries.push({
        id: `${sourceId}-e${k + 1}`,
        source: sourceId,
        section,
        paragraphs: [paragraph],
        topic: `${sentence(5)} ${made}?`,
        claim: sentence(12),
        rebuttal: `The article argues ${sentence(30)}.`,
        quote: words.slice(start, start + 25).join(' '),
        questions: Array.from({ length: 4 }, (_, q) => `${sentence(7)} ${made}x${q}`),
        keywords: [pick(), pick(), pick()],
      });
    }
    await writeFile(path.join(dir, 'arguments', `${sourceId}.yaml`), stringify(entries, { lineWidth: 0 }));
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { values } = parseArgs({
    options: {
      entries: { type: 'string', default: '5000' },
      sources: { type: 'string', default: '50' },
      out: { type: 'string', default: 'tmp/synthetic-kb' },
    },
  });
  const entries = Number(values.entries);
  const sources = Number(values.sources);
  await writeSyntheticKnowledge(values.out, { entries, sources });
  console.log(`wrote ${entries} entries over ${sources} sources to ${values.out}`);
}
