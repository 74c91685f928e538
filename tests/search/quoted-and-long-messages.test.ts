// Messages as people post them: a claim quoted with who said it (the reporting clause blanked), and
// messages of several sentences or clauses, refused as a whole but answered from one part.
import { describe, expect, it } from 'vitest';
import { DEFAULT_SEARCH_OPTIONS as DEFAULTS } from '../../src/search/search-defaults.ts';
import { blankAttribution } from '../../src/text/attribution.ts';
import { realQueries } from '../support/real-queries.ts';

const { matcher, first } = await realQueries();

describe('quoted statements and messages of several sentences', () => {
  it('a reporting clause is blanked, offsets kept; a subject that argues is not', () => {
    const quoted = '"Turkey leads the aggression," the spokesman of the ministry told reporters on Monday.';
    expect(blankAttribution(quoted)).toBe(`"Turkey leads the aggression,"${' '.repeat(55)}.`);
    expect(blankAttribution('Sargsyan added that Karabakh is Armenian.')).toBe(
      `${' '.repeat(19)} Karabakh is Armenian.`,
    );
    for (const kept of [
      'Armenia claims that Karabakh was always Armenian.',
      'The article said nothing about it. Was Karabakh a colony?',
    ]) {
      expect(blankAttribution(kept)).toBe(kept);
    }
  });

  it('a dated reporting clause is blanked with its date; a place or an undated phrase keeps its words', () => {
    const dated = 'Aliyev in an interview to the press on January 12, 2022 said that the Minsk Group failed.';
    const lead = 'Aliyev in an interview to the press on January 12, 2022 said that';
    expect(blankAttribution(dated)).toBe(`${' '.repeat(lead.length)} the Minsk Group failed.`);
    const onDate = 'On 3 March 2021, the minister stated that';
    expect(blankAttribution(`${onDate} Karabakh is ours.`)).toBe(`${' '.repeat(onDate.length)} Karabakh is ours.`);
    for (const kept of [
      'In Karabakh, Armenians said that they would not leave.',
      'Azerbaijan in 1991 abolished the autonomy and said that it was void.',
    ]) {
      expect(blankAttribution(kept)).toBe(kept);
    }
  });

  it('a claim wrapped in who said it is answered as the claim alone', () => {
    const claim = 'Karabakh was never a colony of anyone';
    const said = `${claim}, the deputy foreign minister of Armenia stressed at a briefing on Tuesday.`;
    expect(first(claim)).toBe('karabakh-not-a-colony');
    expect(first(said)).toBe('karabakh-not-a-colony');
  });

  it('a message refused as a whole is answered from the sentence its first entry answers', () => {
    const message =
      'People shout about Turkey and the jihadists and the UN resolutions all day. ' + 'Karabakh was never a colony.';
    const r = matcher.ask(message);
    // The whole message is explained too little for an answer on its own…
    expect(r.candidates[0]?.coverage).toBeLessThan(DEFAULTS.minCoverage);
    // …but its first sentence is answered by the same entry, so the message is.
    expect(r.answered).toBe(true);
    expect(r.candidates[0]?.entry.id).toBe(
      first('People shout about Turkey and the jihadists and the UN resolutions all day.'),
    );
  });

  it('one long sentence refused as a whole is answered from the clause its first entry answers', () => {
    const sentence =
      'Sitting in a Yerevan cafe with friends last night, we argued for hours about football, ' +
      'politics and the weather, but everyone agreed Karabakh was never a colony';
    const r = matcher.ask(sentence);
    expect(r.candidates[0]?.coverage).toBeLessThan(DEFAULTS.minCoverage);
    expect(r).toMatchObject({ answered: true });
    expect(r.candidates[0]?.entry.id).toBe('karabakh-not-a-colony');
    // A clause answered by another entry than the whole sentence's first does not count.
    const mixed =
      'People shout about Turkey, the Soviet decisions, the refugees, the old maps and the borders all ' +
      'day long, but Karabakh was never a colony';
    const clause = matcher.ask('but Karabakh was never a colony');
    const whole = matcher.ask(mixed);
    expect(clause.answered).toBe(true);
    expect(whole.candidates[0]?.entry.id).not.toBe(clause.candidates[0]?.entry.id);
    expect(whole).toMatchObject({ answered: false, verdict: 'unexplained' });
  });
});
