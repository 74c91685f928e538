// The other side of knowledge/scope.yaml: its terms never send away a question the article answers,
// nor a claim that shares a term's words in another sense.
import { describe, expect, it } from 'vitest';
import { realMatcher } from '../support/matcher.ts';

const { matcher, knowledge } = await realMatcher();

describe('scope terms never send away what the article answers', () => {
  it("no entry's example question is sent away, nor a claim that shares a term's words in another sense", () => {
    for (const entry of knowledge.entries) {
      for (const q of entry.questions) expect(matcher.ask(q).verdict, q).not.toBe('out-of-scope');
    }
    // "secession … law" once named the 1990 Soviet law on secession, with two words between.
    expect(matcher.ask('remedial secession is legal under international law')).toMatchObject({
      answered: true,
      notAddressed: [],
    });
    // "won … war" once named the 2020 war.
    expect(matcher.ask('Armenians won the war, so Karabakh is theirs now').candidates[0]?.entry.id).toBe(
      'ex-injuria-legality',
    );
  });
});
