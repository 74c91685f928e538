// The hybrid matcher on the real embedding model (fetched by `npm run model`): paraphrases found by
// their meaning, the words' answers kept, and what the article does not address still refused.
import { afterAll, describe, expect, it } from 'vitest';
import { closeSharedEngine, hybridLoaded } from '../support/hybrid.ts';
import { realMatcher } from '../support/matcher.ts';

const { knowledge, matcher: lexical } = await realMatcher();

const loaded = await hybridLoaded(knowledge);
afterAll(closeSharedEngine);

describe('the hybrid matcher on the real model', () => {
  it('ranks first what a paraphrase means where the words alone rank another entry first', async () => {
    const question = 'Karabakh Armenians were second-class citizens under the Soviets';
    const byWords = lexical.ask(question).candidates.map((c) => c.entry.id);
    expect(byWords[0]).toBe('idp-return-rejected');
    expect(byWords).not.toContain('soviet-era-discrimination');
    // The meaning brings the Soviet-era entries up (discrimination ties with the 1988 decisions).
    const byMeaning = (await loaded.matcher.ask(question)).candidates.map((c) => c.entry.id);
    expect(byMeaning.slice(0, 2)).toContain('soviet-era-discrimination');
    expect(byMeaning[0]).toMatch(/^soviet-/);
  });

  it("keeps the words' answers where the meaning does not contradict them", async () => {
    for (const question of [
      'was karabakh a colony?',
      'Turkey sent jihadist mercenarys',
      'the Minsk mediators achieved nothing',
    ]) {
      const [words, read] = [lexical.ask(question), await loaded.matcher.ask(question)];
      expect([read.answered, read.candidates[0]?.entry.id], question).toEqual([
        words.answered,
        words.candidates[0]?.entry.id,
      ]);
      expect(read.candidates[0]?.semantic, question).toBeGreaterThan(0);
    }
  });

  it('still refuses what the article does not address', async () => {
    for (const question of ['what is the capital of France', 'who won the world cup', 'hi']) {
      expect((await loaded.matcher.ask(question)).answered, question).toBe(false);
    }
  });

  it('tells a message in Russian or Azerbaijani that it reads English, rather than answering it', async () => {
    for (const [question, language] of [
      ['Карабах это Армения', 'Russian'],
      ['Qarabağ Azərbaycandır!', 'Azerbaijani'],
    ]) {
      const result = await loaded.matcher.ask(question ?? '');
      expect(result).toMatchObject({ answered: false, verdict: 'other-language', language });
    }
  });

  it('answers the strongest of two claims in one sentence and offers the other as a pick', async () => {
    const result = await loaded.matcher.ask(
      'Karabakh was always Armenian and Azerbaijan wants to exterminate Armenians',
    );
    expect(result.answered).toBe(true);
    expect(result.candidates[0]?.entry.id).toBe('extermination-argument');
    expect(result.alsoRaises.map((c) => c.entry.id)).toEqual(['armenians-since-antiquity']);
  });
});
