import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/load-knowledge.ts';
import type { Source } from '../../src/knowledge/source-types.ts';
import { REAL_KNOWLEDGE } from '../support/knowledge-copy.ts';

// The PDF extraction the source file was cleaned from (../shared/source), kept as a fixture so
// this check runs on any clone.
const EXTRACTION = path.join(import.meta.dirname, '..', 'fixtures', 'source-extraction.txt');
const FOOTERS = [/AVİM Avrasya İncelemeleri Merkezi/g, /Center for Eurasian Studies 9/g];
const wordsOf = (text: string) => text.replace(/['’]/g, '').match(/[\p{L}\p{N}]+/gu) ?? [];

let source: Source;
beforeAll(async () => {
  const result = await loadKnowledge(REAL_KNOWLEDGE);
  if (!result.ok) throw new Error(`knowledge has problems: ${JSON.stringify(result.problems)}`);
  const found = result.knowledge.sourceById.get('avim-2020-33');
  if (!found) throw new Error('the article is not loaded');
  source = found;
});

describe('the article as a source file', () => {
  it('keeps every word of the original in order, footers aside (nothing dropped or added)', async () => {
    let original = await readFile(EXTRACTION, 'utf8');
    for (const footer of FOOTERS) original = original.replace(footer, ' ');
    const ours = [
      source.writtenBefore ?? '',
      ...source.sections.flatMap((s) => [s.number === 1 ? '' : s.title, ...s.paragraphs.map((p) => p.text)]),
    ].join(' ');
    expect(wordsOf(ours)).toEqual(wordsOf(original));
  });

  it('is cleaned of extraction artefacts', () => {
    const all = source.sections.flatMap((s) => s.paragraphs.map((p) => p.text)).join('\n');
    expect(all).not.toMatch(/Avrasya|Center for Eurasian Studies|\u00a0|[a-z]- [a-z]/);
    for (const restored of [
      "Russia's hold",
      "Baku's discrimination",
      "Armenia's occupation",
      "latter's unification",
      "this region's incorporation",
    ]) {
      expect(all).toContain(restored);
    }
  });

  it('has the metadata of the shared README', () => {
    expect(source).toMatchObject({
      citation: 'AVİM Analysis 2020/33',
      series: 'Analysis No 2020/33',
      date: '2020-11-11',
      address: expect.stringMatching(/^https:\/\/www\.avim\.org\.tr\/en\/Analiz\/THE-KARABAKH-CONFLICT/),
    });
    expect(source.writtenBefore).toMatch(/before the armistice agreement of 9 November 2020/);
    expect(source.attribution).toMatch(/article/i);
  });

  it('numbers the eight sections as the README does', () => {
    expect(source.sections.map((s) => `${s.number} ${s.title}`)).toEqual([
      '1 Introduction (untitled in the original)',
      '2 Can the Karabakh Conflict be framed within the Colonial Paradigm?',
      '3 The Armenian Argument for Remedial Secession',
      '4 The Question of the Exhaustion of All Other Remedies',
      '5 The Imperative of Legality',
      '6 The Inadmissibility of Third-Party Interference',
      '7 The Fallacy of Remedying One Violation by Perpetuating Another',
      '8 Conclusion',
    ]);
  });

  it.each([
    // [section, paragraph, page, the paragraph's opening words]
    [1, 1, 1, 'Shortly after the outbreak of large-scale hostilities'],
    [1, 3, 2, 'As the follow up to this article'],
    [2, 2, 2, 'The answer to the questions posed above is quite straightforward'],
    [3, 8, 4, 'Third, one of the arguments of the Armenian side'],
    [3, 10, 5, 'Fifth, the Armenian side claims atrocities'],
    [4, 3, 6, 'Secondly, as to the exhaustion of all other remedies'],
    [5, 2, 7, 'Although it has a longer history'],
    [6, 3, 8, 'All of the above reveals that the Republic of Armenia'],
    [6, 5, 9, 'These reveal that the matter at hand'],
    [8, 1, 10, 'The previous article demonstrated'],
  ])('derives §%i ¶%i on page %i', (section, number, page, opening) => {
    const paragraph = source.sections[section - 1]?.paragraphs[number - 1];
    expect(paragraph).toMatchObject({ sourceId: 'avim-2020-33', section, number, page });
    expect(paragraph?.sectionTitle).toBe(source.sections[section - 1]?.title);
    expect(paragraph?.text.startsWith(opening)).toBe(true);
  });

  it('keeps the court quotation as its own paragraph, marked as a quotation', () => {
    const quotations = source.sections.flatMap((s) => s.paragraphs).filter((p) => p.quotation);
    expect(quotations).toHaveLength(1);
    expect(quotations[0]).toMatchObject({ section: 6, number: 3, page: 8 });
    expect(quotations[0]?.text).toMatch(/including the district of Lachin\.$/);
  });

  it('gives each section its page range', () => {
    expect(source.sections.map((s) => s.pages)).toEqual([
      [1, 2],
      [2, 2],
      [3, 5],
      [6, 6],
      [6, 7],
      [8, 9],
      [9, 9],
      [10, 10],
    ]);
  });
});
