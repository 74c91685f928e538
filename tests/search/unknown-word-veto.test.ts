import { describe, expect, it } from 'vitest';
import { createHybridMatcher, type SemanticScorer } from '../../src/search/hybrid-matcher.ts';
import { DEFAULT_SEARCH_OPTIONS as DEFAULTS } from '../../src/search/search-defaults.ts';
import { realMatcher } from '../support/matcher.ts';

const { knowledge, matcher: lexical } = await realMatcher();

/** A stand-in for the model: every text scores `value` against the colony entry, 0 elsewhere. */
function colonyAt(value: number): SemanticScorer {
  const at = knowledge.entries.findIndex((e) => e.id === 'karabakh-not-a-colony');
  return {
    model: 'stand-in',
    score: async (texts) =>
      texts.map(() => {
        const row = new Float32Array(knowledge.entries.length);
        row[at] = value;
        return row;
      }),
  };
}

// Between the two bars: enough for a message the words fully read, too little for one with a word
// they have never seen ("did COP29 in baku change anything" is not about the Soviet census).
const between = (DEFAULTS.meaningVeto + DEFAULTS.meaningVetoUnknown) / 2;
const plain = 'was karabakh a colony?';
const withUnknown = 'was karabakh a colony of the frumious empire?';

describe('the meaning vetoes the words harder when the message has words they do not know', () => {
  it('the words alone answer both messages with the colony entry, the unknown word set aside', () => {
    for (const question of [plain, withUnknown]) {
      const result = lexical.ask(question);
      expect(result.answered, question).toBe(true);
      expect(result.candidates[0]?.entry.id).toBe('karabakh-not-a-colony');
    }
    expect(lexical.ask(withUnknown).unknownWords).toEqual(['frumious']);
  });

  it('a weak meaning keeps the answer to a message the words fully read', async () => {
    const result = await createHybridMatcher(lexical, colonyAt(between)).ask(plain);
    expect(result).toMatchObject({ answered: true });
    expect(result.candidates[0]?.entry.id).toBe('karabakh-not-a-colony');
  });

  it('the same weak meaning refuses it when a word is unknown, and offers the entry it set aside', async () => {
    const result = await createHybridMatcher(lexical, colonyAt(between)).ask(withUnknown);
    expect(result).toMatchObject({ answered: false, verdict: 'unexplained' });
    expect(result.candidates[0]?.entry.id).toBe('karabakh-not-a-colony');
    expect(result.suggestions.map((c) => c.entry.id)).toEqual(['karabakh-not-a-colony']);
  });

  it('a meaning that points away offers nothing, unknown word or not', async () => {
    for (const question of [plain, withUnknown]) {
      const result = await createHybridMatcher(lexical, colonyAt(DEFAULTS.meaningVeto - 0.1)).ask(question);
      expect(result).toMatchObject({ answered: false, verdict: 'unexplained', suggestions: [] });
    }
  });

  it('a meaning that agrees answers it, unknown word and all', async () => {
    const result = await createHybridMatcher(lexical, colonyAt(DEFAULTS.meaningVetoUnknown + 0.2)).ask(withUnknown);
    expect(result).toMatchObject({ answered: true });
    expect(result.candidates[0]?.entry.id).toBe('karabakh-not-a-colony');
  });

  it('an unknown everyday word is no such sign: the bar stays where it was', async () => {
    // "yesterday" and "someone" are not in the knowledge base, but everyday English: no sign of a subject.
    const question = 'yesterday someone said karabakh was a colony?';
    const words = lexical.ask(question);
    expect(words.answered).toBe(true);
    expect(words.unknownWords).toEqual(['yesterday', 'someone']);
    const result = await createHybridMatcher(lexical, colonyAt(between)).ask(question);
    expect(result.answered).toBe(true);
  });
});
