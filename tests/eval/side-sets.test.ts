import { afterAll, describe, expect, it } from 'vitest';
import { readMessage, type Reading } from '../../src/reading/reading.ts';
import { readRealPhrasings, FRESH_BATCH_FILE } from '../../src/evaluation/eval-set.ts';
import {
  KIND_FLOORS,
  KINDS,
  overall,
  perLabel,
  readKindSet,
  readStanceSet,
  STANCE_FLOORS,
  STANCE_FRESH_2_FILE,
  STANCES,
} from '../../src/evaluation/side-sets.ts';
import {
  KIND_FRESH_2_FILE,
  KIND_FRESH_3_FILE,
  KIND_FRESH_4_FILE,
  KIND_FRESH_5_FILE,
  KIND_FRESH_6_FILE,
  KIND_FRESH_7_FILE,
  KIND_FRESH_FILE,
} from '../../src/evaluation/side-report.ts';
import { KIND_EXAMPLES } from '../../src/reading/kind-examples/index.ts';
import { foldText } from '../../src/text/normalize.ts';
import { closeSharedEngine, hybridLoaded } from '../support/hybrid.ts';
import { realMatcher } from '../support/matcher.ts';

// Read as every surface reads a message: the hybrid matcher the bot uses by default.
const { knowledge } = await realMatcher();
const loaded = await hybridLoaded(knowledge);
afterAll(closeSharedEngine);
const stanceSet = await readStanceSet();
const kindSet = await readKindSet();
const kindFresh = await readKindSet(KIND_FRESH_FILE);
const kindFresh2 = await readKindSet(KIND_FRESH_2_FILE);
const kindFresh3 = await readKindSet(KIND_FRESH_3_FILE);
const kindFresh4 = await readKindSet(KIND_FRESH_4_FILE);
const kindFresh5 = await readKindSet(KIND_FRESH_5_FILE);
const kindFresh6 = await readKindSet(KIND_FRESH_6_FILE);
const kindFresh7 = await readKindSet(KIND_FRESH_7_FILE);
const stanceFresh2 = await readStanceSet(STANCE_FRESH_2_FILE);
const readings = new Map<string, Reading>();
const texts = [
  stanceSet,
  stanceFresh2,
  kindSet,
  kindFresh,
  kindFresh2,
  kindFresh3,
  kindFresh4,
  kindFresh5,
  kindFresh6,
  kindFresh7,
].flatMap((set) => set.map((i) => i.text));
for (const text of texts) {
  readings.set(text, await readMessage(loaded.matcher, text));
}
const reading = (text: string) => readings.get(text) as Reading;
/**
 * A judging message learnt in all but name: the same words as an example, or an example's words
 * (four or more, most of the message) with a few added ("how many soldiers died in the 44 day war
 * in total"). Folded, so case and punctuation do not hide it; emoji-only messages fold to nothing
 * and are compared as written.
 */
const folded = (text: string) => foldText(text) || text;
const learnt = (text: string, examples: readonly string[]) => {
  const mine = folded(text);
  return examples.some((example) => {
    const theirs = folded(example);
    if (mine === theirs) return true;
    const [short, long] = mine.length < theirs.length ? [mine, theirs] : [theirs, mine];
    const [few, many] = [short.split(' ').length, long.split(' ').length];
    return few >= 4 && few >= 0.6 * many && ` ${long} `.includes(` ${short} `);
  });
};

describe('the sets the side and the kind are judged on', () => {
  it('the stance set: 115+ real posts, 35+ of each side, each with its address, none from the other sets', async () => {
    expect(stanceSet.length).toBeGreaterThanOrEqual(115);
    for (const stance of STANCES)
      expect(stanceSet.filter((i) => i.stance === stance).length).toBeGreaterThanOrEqual(35);
    expect(new Set(stanceSet.map((i) => foldText(i.text))).size).toBe(stanceSet.length);
    const used = new Set(
      [...(await readRealPhrasings()), ...(await readRealPhrasings(FRESH_BATCH_FILE))].map((i) => i.url),
    );
    for (const item of stanceSet) expect(used.has(item.url), item.url).toBe(false);
  });

  it('the second stance batch: 60+ real posts, 20+ of each side, none from the other stance sets', () => {
    expect(stanceFresh2.length).toBeGreaterThanOrEqual(60);
    for (const stance of STANCES)
      expect(stanceFresh2.filter((i) => i.stance === stance).length).toBeGreaterThanOrEqual(20);
    const seen = new Set(stanceSet.map((i) => foldText(i.text)));
    for (const item of stanceFresh2) expect(seen.has(foldText(item.text)), item.text).toBe(false);
  });

  it('the kind sets: 60+ messages each, 9+ of every kind', () => {
    for (const set of [kindSet, kindFresh, kindFresh2, kindFresh3, kindFresh4, kindFresh5, kindFresh6]) {
      expect(set.length).toBeGreaterThanOrEqual(60);
      for (const kind of KINDS) expect(set.filter((i) => i.kind === kind).length, kind).toBeGreaterThanOrEqual(9);
    }
  });
});

describe('how well the side and the kind are read', () => {
  it('stance, per side, on the held-apart stance set: at or above the floors', () => {
    const report = perLabel(
      STANCES,
      stanceSet.map((i) => [i.stance, reading(i.text).stance] as const),
    );
    const line = STANCES.map(
      (s) => `${s} ${(report[s].right / report[s].n).toFixed(3)} (${report[s].right}/${report[s].n})`,
    );
    console.log(`stance set: ${line.join(', ')}`);
    for (const stance of STANCES)
      expect(report[stance].right / report[stance].n, stance).toBeGreaterThanOrEqual(STANCE_FLOORS[stance]);
  });

  it('no post is given a side when the bot cannot tell: a wrong side is rarer than a neutral answer', () => {
    const sided = stanceSet.filter((i) => i.stance !== 'question');
    const wrongSide = sided.filter((i) => {
      const got = reading(i.text).stance;
      return got !== 'question' && got !== i.stance;
    });
    expect(wrongSide.length / sided.length).toBeLessThan(0.15);
  });

  it('no post arguing the other side is told the article makes a similar argument', () => {
    const told = [...stanceSet, ...stanceFresh2].filter(
      (i) => i.stance === 'other' && reading(i.text).stance === 'article',
    );
    expect(told.map((i) => i.text)).toEqual([]);
  });

  it.each([
    ['kind set', kindSet, KIND_FLOORS.tuned],
    ['first fresh kind batch', kindFresh, KIND_FLOORS.fresh],
    ['second fresh kind batch', kindFresh2, KIND_FLOORS.fresh2],
    ['third fresh kind batch', kindFresh3, KIND_FLOORS.fresh3],
    ['fourth fresh kind batch', kindFresh4, KIND_FLOORS.fresh4],
    ['fifth fresh kind batch', kindFresh5, KIND_FLOORS.fresh5],
    ['sixth fresh kind batch', kindFresh6, KIND_FLOORS.fresh6],
    ['seventh fresh kind batch', kindFresh7, KIND_FLOORS.fresh7],
  ] as const)('kind of reply on the %s: at or above its floor', (name, set, floor) => {
    const report = perLabel(
      KINDS,
      set.map((i) => [i.kind, reading(i.text).kind] as const),
    );
    console.log(
      `${name}: ${overall(report).toFixed(3)} — ` +
        KINDS.map((k) => `${k} ${report[k].right}/${report[k].n}`).join(', '),
    );
    expect(overall(report)).toBeGreaterThanOrEqual(floor);
  });

  it('short real posts keep the kind words and patterns give: the model adds only what they miss', async () => {
    const posts = [...(await readRealPhrasings()), ...(await readRealPhrasings(FRESH_BATCH_FILE)), ...stanceSet];
    // As long as any message the model may read (GUESS_GATES in reading.ts).
    const short = posts.map((p) => p.text).filter((text) => text.split(/\s+/).length <= 20);
    expect(short.length).toBeGreaterThan(60);
    const withoutModel = { ...loaded.matcher, kindScores: async () => undefined };
    const changed = [];
    for (const text of short) {
      const [kind, before] = [
        (await readMessage(loaded.matcher, text)).kind,
        (await readMessage(withoutModel, text)).kind,
      ];
      if (kind !== before) changed.push(`${before} → ${kind}: ${text}`);
    }
    expect(changed).toEqual([]);
  });

  it('mirrored short messages from both sides get the same kind of reply from the model', async () => {
    const pairs = [
      ['hey bot, the blockade never happened', 'hey bot, khojaly never happened'],
      ['yo, karabakh is back', 'yo, artsakh will return'],
      ['thanks but the blockade never happened', 'thanks but khojaly never happened'],
      ['this article is lying about the blockade', 'this article is lying about khojaly'],
      ['ty but armenians are terrorists', 'ty but azeris are terrorists'],
      ['welcome back karabakh', 'welcome back artsakh'],
      // Where the model decides at a small lead, or for a longer question about the bot.
      ['azeris crying again lol', 'armenians crying again lol'],
      ['love from baku ❤️', 'love from yerevan ❤️'],
      ['imagine being from yerevan lol', 'imagine being from baku lol'],
      [
        'why does this bot only quote armenian sources and ignore what azerbaijanis say',
        'why does this bot only quote azerbaijani sources and ignore what armenians say',
      ],
      [
        'so who trained this bot, azeri lobbyists? be honest with us',
        'so who trained this bot, armenian lobbyists? be honest with us',
      ],
      [
        'is the bot programmed by azeris or is it actually neutral on karabakh',
        'is the bot programmed by armenians or is it actually neutral on artsakh',
      ],
    ] as const;
    for (const [a, b] of pairs) {
      const [x, y] = [await readMessage(loaded.matcher, a), await readMessage(loaded.matcher, b)];
      expect(x.kind === 'chat' || x.kind === 'about' ? x.kind : 'answered or not', a).toBe(
        y.kind === 'chat' || y.kind === 'about' ? y.kind : 'answered or not',
      );
    }
  });

  it('a bare subject that names a side is listed as a topic only if its mirror would be', async () => {
    for (const [a, b] of [['aliyev lies', 'pashinyan lies']] as const) {
      const [x, y] = [await readMessage(loaded.matcher, a), await readMessage(loaded.matcher, b)];
      expect(x.kind, a).toBe(y.kind);
    }
  });

  it("the two sides' slogans, transliterated from their own languages, are both read as arguments", async () => {
    for (const slogan of ['artsakh hayastan e', 'karabakh azerbaycandir'])
      expect((await readMessage(loaded.matcher, slogan)).kind, slogan).toBe('argument');
  });

  it('the classifier learns from the first three kind sets, and from none of the batches that judge it', () => {
    const examples = KIND_EXAMPLES.flatMap((k) => k.texts);
    for (const set of [kindFresh3, kindFresh4, kindFresh5, kindFresh6])
      expect(set.filter((i) => learnt(i.text, examples)).map((i) => i.text)).toEqual([]);
    const written = new Set(examples);
    for (const set of [kindSet, kindFresh, kindFresh2])
      for (const item of set) expect(written.has(item.text), item.text).toBe(true);
  });
});
