import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/load-knowledge.ts';
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
    expect(summary.entries).toBeGreaterThanOrEqual(40);
    expect(summary.entries).toBeLessThanOrEqual(60);
    for (let section = 1; section <= 8; section++) {
      expect(knowledge.entries.some((e) => e.section === section)).toBe(true);
    }
  });

  it('quotes every entry word for word from its cited paragraphs', () => {
    const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
    for (const entry of knowledge.entries) {
      const passages = entry.passages.map((p) => p.text);
      expect(passages, entry.id).toHaveLength(entry.paragraphs.length);
      expect(passages.some((text) => text.includes(squash(entry.quote))), entry.id).toBe(true);
      expect(entry.quote.length, entry.id).toBeLessThanOrEqual(320);
    }
  });

  it('attributes every rebuttal to the article and gives enough ways to ask', () => {
    for (const entry of knowledge.entries) {
      expect(entry.rebuttal, entry.id).toMatch(/\bthe article\b/i);
      expect(entry.questions.length, entry.id).toBeGreaterThanOrEqual(4);
      expect(entry.keywords.length, entry.id).toBeGreaterThanOrEqual(1);
    }
  });

  it('gives each numbered point of §3 on ethnic cleansing its own entry', () => {
    const citing = (n: number) => knowledge.entries.filter((e) => e.section === 3 && e.paragraphs.includes(n)).map((e) => e.id);
    for (const paragraph of [6, 7, 8, 9, 10, 11]) expect(citing(paragraph).length, `§3 ¶${paragraph}`).toBeGreaterThan(0);
    expect(new Set([6, 7, 8, 9, 10, 11].map((p) => citing(p)[0])).size).toBe(6);
  });

  it('resolves each entry to its section title and the page of its first paragraph', () => {
    const colony = knowledge.entryById.get('karabakh-not-a-colony');
    expect(colony).toMatchObject({ section: 2, page: 2, sectionTitle: 'Can the Karabakh Conflict be framed within the Colonial Paradigm?' });
    const court = knowledge.entryById.get('chiragov-effective-control');
    expect(court?.passages.map((p) => [p.number, p.page])).toEqual([[2, 8], [3, 8], [4, 8]]);
  });
});
