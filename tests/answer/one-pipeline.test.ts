// Every surface turns text into a reply through `answer`: the same texts give the same cards on
// /ask, a mention, the console and a picked suggestion, and the same kind, side and entries in
// `ask --json`; "Counter with the article" and a mention replying to a message counter alike.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answer, type Answer } from '../../src/answer/answer.ts';
import { ConsoleSession } from '../../src/console/console-commands.ts';
import { toDiscord } from '../../src/discord/render.ts';
import { encodeControl } from '../../src/replies/custom-id.ts';
import { Reloader } from '../../src/reload/reloader.ts';
import type { Reply } from '../../src/replies/view.ts';
import { startHarness, type BotHarness } from '../support/bot-harness.ts';
import { button, chatInput } from '../support/interactions.ts';
import { BOT_USER, counterCommand, messageCreate } from '../support/message-payloads.ts';
import { messageOf } from '../support/payloads.ts';
import { runScript } from '../support/run-cli.ts';

/** An argument, the article's own side, a topic, a question about the bot, and something not addressed. */
const TEXTS = [
  'was karabakh ever a colony?',
  'Karabakh is Azerbaijani land and Armenia occupied it illegally',
  'what does the article say about the minsk group?',
  'is this bot just azerbaijani propaganda?',
  'who won the 2020 war?',
];

let bot: BotHarness;
let expected: Answer[];
beforeAll(async () => {
  bot = await startHarness();
  expected = await Promise.all(TEXTS.map((text) => answer(text, { loaded: bot.store.current, visibility: 'public' })));
});
afterAll(() => bot.stop());

/** The cards of a reply as Discord shows them: what a reader sees, whoever sent it. */
const cards = (reply: Reply) => toDiscord(reply).embeds;

describe('one answer pipeline for every surface', () => {
  it('the five texts are read as five different kinds of message', () => {
    expect(expected.map((a) => a.kind)).toEqual(['argument', 'argument', 'topic', 'about', 'not-addressed']);
    expect(expected[1]?.stance).toBe('article');
  });

  it.each(TEXTS.map((text, i) => [text, i] as const))(
    '%s: /ask, a mention and the console show the same cards',
    async (text, i) => {
      const want = cards(expected[i]?.reply as Reply);
      const asked = messageOf(await bot.reply(chatInput('ask', [{ name: 'question', type: 3, value: text }])));
      expect(asked.embeds).toEqual(want);
      const mention = messageOf(
        (await bot.send(messageCreate(`<@${BOT_USER.id}> ${text}`, { mentions: [BOT_USER] })))[0],
      );
      expect(mention.embeds).toEqual(want);
      const session = new ConsoleSession(bot.store, new Reloader(bot.store, 'unused'));
      expect(cards((await session.run(text)) as Reply)).toEqual(want);
    },
  );

  it('a suggestion picked by button answers as /ask answers the entry picked by name', async () => {
    const id = expected[0]?.picks[0] ?? '';
    const picked = messageOf(
      (await bot.send(button(encodeControl({ action: 'answer', id, visibility: 'public' }))))[0],
    );
    const asked = messageOf(await bot.reply(chatInput('ask', [{ name: 'question', type: 3, value: `kb:${id}` }])));
    expect(picked.embeds).toEqual(asked.embeds);
    expect(picked.embeds[0]?.title).toBe(bot.store.current.knowledge.entryById.get(id)?.topic);
  });

  it('"Counter with the article" and a mention replying to the message counter it alike', async () => {
    const text = 'Turkey brought Syrian jihadists in to fight for Baku.';
    const want = cards(
      (await answer(text, { loaded: bot.store.current, visibility: 'public', mode: 'counter' })).reply,
    );
    const command = messageOf((await bot.send(counterCommand(text)))[0]);
    expect(command.embeds).toEqual(want);
    const referenced = { ...messageCreate(text), id: '1700000000000000091' };
    const raw = messageCreate(`<@${BOT_USER.id}>`, { mentions: [BOT_USER], reference: referenced.id, referenced });
    expect(messageOf((await bot.send(raw))[0]).embeds).toEqual(want);
  });

  it('ask --json reports the same kind, side and entries', async () => {
    const run = await runScript('src/cli/ask.ts', ['--json', '--matcher', 'lexical', '--batch', '-'], {
      input: TEXTS.join('\n'),
      timeoutMs: 60_000,
    });
    expect(run.code).toBe(0);
    const lines = run.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { kind: string; stance: string; results: { id: string }[] });
    expect(lines.map((l) => [l.kind, l.stance])).toEqual(expected.map((a) => [a.kind, a.stance]));
    lines.forEach((line, i) => {
      const ids = line.results.map((r) => r.id);
      for (const pick of expected[i]?.picks ?? []) expect(ids).toContain(pick);
    });
  }, 90_000);
});
