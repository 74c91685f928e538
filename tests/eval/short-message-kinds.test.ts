import { afterAll, describe, expect, it } from 'vitest';
import { readMessage } from '../../src/reading/reading.ts';
import { readRealPhrasings, FRESH_BATCH_FILE } from '../../src/evaluation/eval-set.ts';
import { readStanceSet } from '../../src/evaluation/side-sets.ts';
import { closeSharedEngine, hybridLoaded } from '../support/hybrid.ts';
import { realMatcher } from '../support/matcher.ts';

// Read as every surface reads a message: the hybrid matcher the bot uses by default.
const { knowledge } = await realMatcher();
const loaded = await hybridLoaded(knowledge);
afterAll(closeSharedEngine);
const stanceSet = await readStanceSet();

describe('how well the side and the kind are read', () => {
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
});
