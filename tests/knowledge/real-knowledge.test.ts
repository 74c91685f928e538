import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/load-knowledge.ts';
import { unattributedSentences } from '../../src/knowledge/attribution.ts';
import { summarize } from '../../src/knowledge/summary.ts';
import { REAL_KNOWLEDGE } from '../support/knowledge-copy.ts';

const result = await loadKnowledge(REAL_KNOWLEDGE);
const knowledge = result.ok ? result.knowledge : result.partial;

describe('the bundled knowledge base', () => {
  it('loads with no problems', () => {
    expect(result.ok ? [] : result.problems).toEqual([]);
  });

  it('covers the whole article: every paragraph is cited, every section has entries', () => {
    const summary = summarize(knowledge);
    expect(summary).toMatchObject({ sources: 1, sections: 8, paragraphs: 37, uncited: [] });
    expect(summary.entries).toBeGreaterThanOrEqual(55);
    expect(summary.entries).toBeLessThanOrEqual(75);
    for (let section = 1; section <= 8; section++) {
      expect(knowledge.entries.some((e) => e.section === section)).toBe(true);
    }
  });

  it('quotes every entry word for word from its cited paragraphs', () => {
    const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
    for (const entry of knowledge.entries) {
      const passages = entry.passages.map((p) => p.text);
      expect(passages, entry.id).toHaveLength(entry.paragraphs.length);
      expect(
        passages.some((text) => text.includes(squash(entry.quote))),
        entry.id,
      ).toBe(true);
      expect(entry.quote.length, entry.id).toBeLessThanOrEqual(320);
    }
  });

  it('attributes every rebuttal sentence to the article and gives enough ways to ask', () => {
    for (const entry of knowledge.entries) {
      expect(unattributedSentences(entry.rebuttal), entry.id).toEqual([]);
      expect(entry.rebuttal, entry.id).toMatch(/^The article /);
      expect(entry.topic, entry.id).toMatch(/^\S.{5,78}\?$/);
      expect(entry.questions.length, entry.id).toBeGreaterThanOrEqual(4);
      expect(entry.keywords.length, entry.id).toBeGreaterThanOrEqual(1);
    }
  });

  it('answers the counter-claims real debaters raise, each with at least six ways people put it', () => {
    const counterClaims = [
      'pogroms-1988-1990',
      'armenia-not-a-party',
      'autonomy-abolished-1991',
      'civilian-shelling-2020',
      'safeguard-clause-representation',
      'armenian-majority-self-determination',
      'armenians-since-antiquity',
      'authoritarian-rule',
      'first-violence-1987',
      'soviet-schools-language',
      'discrimination-justified-occupation',
      'colonial-framing-scholarship',
    ];
    for (const id of counterClaims) {
      const entry = knowledge.entryById.get(id);
      expect(entry, id).toBeDefined();
      expect(entry?.claim, id).toBeTruthy();
      expect(entry?.questions.length, id).toBeGreaterThanOrEqual(6);
    }
    expect(knowledge.entries.some((e) => e.keywords.includes('secession for salvation'))).toBe(true);
    expect(knowledge.synonyms.some((g) => g.includes('garabagh') && g.includes('karabakh'))).toBe(true);
  });

  it("keeps later events apart, in dated editor's notes with a public source", () => {
    const noted = (id: string) => knowledge.entryById.get(id)?.notes ?? [];
    for (const id of [
      'voluntary-emigration',
      'ethnic-cleansing-argument',
      'chiragov-effective-control',
      'turkey-mercenaries-unproved',
      'genocide-1915-not-azerbaijan',
      'aliyev-autonomy-offer',
      'recognition-campaign',
    ]) {
      expect(noted(id).length, id).toBeGreaterThan(0);
    }
    expect(noted('chiragov-effective-control')[0]?.text).toContain('16 June 2015');
    for (const entry of knowledge.entries) {
      for (const note of entry.notes) {
        expect(note.date, entry.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(note.source, entry.id).toMatch(/^https?:\/\//);
        // A note states facts; judging who is right belongs to neither the notes nor the bot.
        expect(note.text, entry.id).not.toMatch(/\b(rightly|wrongly|correctly|falsely|in fact|clearly|obviously)\b/i);
      }
    }
  });

  it('gives each numbered point of §3 on ethnic cleansing its own entry', () => {
    const citing = (n: number) =>
      knowledge.entries.filter((e) => e.section === 3 && e.paragraphs.includes(n)).map((e) => e.id);
    for (const paragraph of [6, 7, 8, 9, 10, 11])
      expect(citing(paragraph).length, `§3 ¶${paragraph}`).toBeGreaterThan(0);
    expect(new Set([6, 7, 8, 9, 10, 11].map((p) => citing(p)[0])).size).toBe(6);
  });

  it('resolves each entry to its section title and the page of its first paragraph', () => {
    const colony = knowledge.entryById.get('karabakh-not-a-colony');
    expect(colony).toMatchObject({
      section: 2,
      page: 2,
      sectionTitle: 'Can the Karabakh Conflict be framed within the Colonial Paradigm?',
    });
    const court = knowledge.entryById.get('chiragov-effective-control');
    expect(court?.passages.map((p) => [p.number, p.page])).toEqual([
      [2, 8],
      [3, 8],
      [4, 8],
    ]);
  });
});
