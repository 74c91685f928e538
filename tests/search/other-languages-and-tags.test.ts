import { describe, expect, it } from 'vitest';
import { buildQuery } from '../../src/search/query.ts';
import { DEFAULT_SEARCH_OPTIONS as DEFAULTS } from '../../src/search/search-defaults.ts';
import { specificity } from '../../src/text/english-frequency.ts';
import { splitHashtags } from '../../src/text/message-text.ts';
import { contentTokens, isContentWord } from '../../src/text/tokens.ts';
import { realQueries } from '../support/real-queries.ts';

const { matcher, search, query, first } = await realQueries();
const words = (text: string) => query(text).words.map((w) => w.word);

describe('hashtags', () => {
  it('a hashtag written in camel case reads as its words; running text keeps its own', () => {
    expect(splitHashtags('the #ArmenianGenocide and #KarabakhIsAzerbaijan')).toBe(
      'the  Armenian Genocide and  Karabakh Is Azerbaijan',
    );
    expect(splitHashtags('#remedial_secession now')).toBe(' remedial secession now');
    expect(splitHashtags('the ECtHR ruled')).toBe('the ECtHR ruled');
    expect(contentTokens('#NagornoKarabakh').map((t) => t.word)).toEqual(['nagorno', 'karabakh']);
  });

  it('a tweet whose claim sits in its hashtags is answered from it', () => {
    const tweet =
      'yet another attempt by #Azerbaijan to rid #Artsakh of its indigenous #Armenian population, with ' +
      'the help of its big brother #Turkey, the perpetrators of the #ArmenianGenocide';
    expect(words(tweet)).toContain('genocide');
    expect(first(tweet)).toMatch(/^(genocide-1915-not-azerbaijan|turks-genocidal-subtext|extermination-argument)$/);
  });
});

describe('function words', () => {
  it('"its", "however", "thus" and the like carry no topic', () => {
    for (const word of ['its', 'however', 'thus', 'whose', 'therefore', 'although']) {
      expect(isContentWord(word), word).toBe(false);
    }
    for (const word of ['colony', 'war', 'occupation']) expect(isContentWord(word), word).toBe(true);
  });
});

describe('messages in other languages', () => {
  it('drops their function words unless the knowledge base has the word as typed', () => {
    const french = words("Le Haut-Karabakh n'a jamais été une colonie de l'Azerbaïdjan");
    for (const dropped of ['une', 'le']) expect(french, dropped).not.toContain(dropped);
    expect(french).toContain('colonie');
    // The knowledge base has "de" as typed ("de facto"), so it stays a word of the question.
    expect(french).toContain('de');
    // "war" is a German function word ("was") and an English content word.
    expect(words('Die Armenier und der war')).toContain('war');
    // A word still being typed is the start of a longer one: "sta" (Italian) may become "start".
    expect(buildQuery(contentTokens('karabakh sta'), search, DEFAULTS, true).words.map((w) => w.word)).toContain('sta');
    expect(matcher.rank('karabakh sta', 3).map((c) => c.entry.id)).toContain('conflict-origins');
  });

  it("reads the debate's key terms in other languages through synonyms.yaml", () => {
    expect(first("Le Haut-Karabakh n'a jamais été une colonie de l'Azerbaïdjan")).toBe('karabakh-not-a-colony');
    const german =
      'Das Selbstbestimmungsrecht der Karabach-Armenier steht gegen die territoriale Integrität ' + 'Aserbaidschans';
    expect(first(german)).toBe('integrity-vs-self-determination');
  });

  it('a message mostly of words the knowledge base lacks keeps their full weight, though it names Armenia', () => {
    const dutch =
      'Voor zijn veiligheid is Armenië aangewezen op Rusland, hoewel dat land ook wapens verkoopt aan ' +
      'Azerbeidzjan.';
    const q = query(dutch);
    expect(q.onSubject).toBe(true);
    const unknown = q.words.filter((w) => w.variants.length === 0);
    expect(unknown.length).toBeGreaterThan(q.words.length * DEFAULTS.unknownMajority);
    expect(unknown[0]?.weight).toBeCloseTo(search.index.idf('') * specificity(unknown[0]?.word ?? ''));
    expect(matcher.ask(dutch).answered).toBe(false);
    // One name or number among the words of an English claim still weighs little.
    expect(query('remedial secession Macron').words.find((w) => w.word === 'macron')?.weight).toBeCloseTo(
      search.index.idf('') * DEFAULTS.unknownWordWeight * specificity('macron'),
    );
  });
});
