import { beforeAll, describe, expect, it } from 'vitest';
import { toDiscord } from '../../src/discord/render.ts';
import { loadKnowledge } from '../../src/knowledge/load-knowledge.ts';
import type { KnowledgeBase } from '../../src/knowledge/types.ts';
import { answerReply } from '../../src/replies/answer-replies.ts';
import { CARD_BUDGET, quoteAddsTo } from '../../src/replies/card-budget.ts';
import { REAL_KNOWLEDGE } from '../support/knowledge-copy.ts';

let kb: KnowledgeBase;
beforeAll(async () => {
  const loaded = await loadKnowledge(REAL_KNOWLEDGE);
  if (!loaded.ok) throw new Error('the bundled knowledge has problems');
  kb = loaded.knowledge;
});

const STANCES = ['question', 'other', 'article'] as const;
const ASKED = [undefined, 'was karabakh ever a colony?', `${'why does the article say that '.repeat(10)}`.trim()];

/** The answer card as Discord receives it. */
const cardOf = (...args: Parameters<typeof answerReply>) => toDiscord(answerReply(...args)).embeds[0];

describe('every answer card fits a phone screen', () => {
  it(`every entry's card, for each side and question, has at most ${CARD_BUDGET} characters of text`, () => {
    expect(kb.entries.length).toBeGreaterThan(50);
    for (const entry of kb.entries) {
      for (const stance of STANCES) {
        for (const asked of ASKED) {
          const card = cardOf(kb, entry, { alternatives: [], ephemeral: false, stance, asked });
          const at = `${entry.id} ${stance} ${asked?.length ?? 0}`;
          expect(card?.title, at).toBe(entry.topic);
          expect(card?.description?.length ?? 0, at).toBeLessThanOrEqual(CARD_BUDGET);
          // A quote is shown whole or not at all; the reference always says where to check.
          const text = card?.description ?? '';
          if (text.includes('\n\n> ')) expect(text.endsWith(entry.quote.split('\n').join('\n> ')), at).toBe(true);
          expect(card?.fields?.[0]?.name, at).toBe('Reference');
        }
      }
    }
  });

  it('a card within the budget is shown whole: the claim, the rebuttal and the quote that adds to it', () => {
    const whole = kb.entries.filter((e) => {
      const card = cardOf(kb, e, { alternatives: [], ephemeral: false });
      return card?.description?.includes(e.rebuttal) && (!e.claim || card.description.includes(e.claim));
    });
    expect(whole.length).toBeGreaterThan(kb.entries.length * 0.9);
    const colony = kb.entryById.get('karabakh-not-a-colony');
    const card = colony && cardOf(kb, colony, { alternatives: [], ephemeral: false });
    expect(card?.description).toContain(colony?.rebuttal);
    if (colony && quoteAddsTo(colony.rebuttal, colony.quote)) expect(card?.description).toContain(colony.quote);
  });

  it('when the text must yield, the claim and the rebuttal are cut alike, at word boundaries', () => {
    const long = kb.entries
      .filter((e) => e.claim)
      .sort((a, b) => b.rebuttal.length + (b.claim?.length ?? 0) - a.rebuttal.length - (a.claim?.length ?? 0))[0];
    expect(long).toBeDefined();
    if (!long?.claim) return;
    const text = cardOf(kb, long, { alternatives: [], ephemeral: false, asked: ASKED[2] })?.description ?? '';
    const claim = /\*\*The other side argues:\*\* (.*)/.exec(text)?.[1] ?? '';
    const rebuttal = /\*\*The article’s answer:\*\* (.*)/.exec(text)?.[1] ?? '';
    expect(claim.endsWith('…')).toBe(true);
    expect(rebuttal.endsWith('…')).toBe(true);
    expect(long.claim.startsWith(claim.slice(0, -1))).toBe(true);
    expect(long.rebuttal.startsWith(rebuttal.slice(0, -1))).toBe(true);
    // The same share of each, within a word or two.
    const shares = [claim.length / long.claim.length, rebuttal.length / long.rebuttal.length];
    expect(Math.abs((shares[0] ?? 0) - (shares[1] ?? 0))).toBeLessThan(0.1);
  });

  it('the question is cut only as far as the argument needs: a cut question means a full card', () => {
    const question = 'what does ex injuria jus non oritur mean for the Karabakh referendum of 1991, in short?';
    let cut = 0;
    for (const entry of kb.entries) {
      for (const stance of STANCES) {
        const text = cardOf(kb, entry, { alternatives: [], ephemeral: false, stance, asked: question })?.description;
        const shown = /Asked: “(.*)”/.exec(text ?? '')?.[1] ?? '';
        if (shown === question) continue;
        cut++;
        // The question gave up only what the argument took: the card is full to within a word or two.
        expect(text?.length ?? 0, `${entry.id} ${stance}`).toBeGreaterThan(CARD_BUDGET - 25);
      }
    }
    expect(cut).toBeGreaterThan(0);
  });
});
