import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Insights } from '../../src/insights/insights.ts';
import { startHarness, type BotHarness } from '../support/bot-harness.ts';
import { ADMIN_PERMISSIONS, button, chatInput, GUILD_ID } from '../support/interactions.ts';
import { BOT_USER, counterCommand, messageCreate } from '../support/message-payloads.ts';
import Database from 'better-sqlite3';
import path from 'node:path';
import { DATABASE_FILE } from '../../src/stores/sqlite/database.ts';
import type { SettingsService } from '../../src/stores/settings.ts';
import { tempInsights } from '../support/insights-fixtures.ts';
import { customIds, EPHEMERAL, messageOf } from '../support/payloads.ts';

let bot: BotHarness;
let insights: Insights;
let settings: SettingsService;
let dir: string;
let dispose: () => Promise<void>;
beforeEach(async () => {
  // As the bot opens them: questions written and /insights read on the writer thread.
  ({ insights, settings, dispose, dir } = await tempInsights(true));
  bot = await startHarness({ insights, settings, config: { INSIGHTS: true } });
});
afterEach(async () => {
  await bot.stop();
  await dispose();
});

// The writer thread loads its TypeScript on start (about a second, more on a busy machine): the
// first summary waits for it, longer than waitFor's default second.
const RECORDED = { timeout: 10_000 };
const ask = (question: string, extra: Record<string, unknown>[] = []) =>
  chatInput('ask', [{ name: 'question', type: 3, value: question }, ...extra]);
const admin = { permissions: ADMIN_PERMISSIONS };

describe('/insights through discord.js', () => {
  it('refuses a member without Manage Server; an admin sees questions, trend, unanswered and votes', async () => {
    const refused = messageOf(await bot.reply(chatInput('insights', [], { permissions: 0n })));
    expect(refused.embeds[0]).toMatchObject({
      title: 'Not allowed',
      description: 'Only members with Manage Server can use /insights.',
    });
    const answer = messageOf(await bot.reply(ask('was karabakh a colony?')));
    // Answers carry the votes; a vote is thanked privately, counted once per person and answer.
    const vote = customIds(answer).find((id) => id.startsWith('cp1:vote:0:'));
    expect(vote).toBe('cp1:vote:0:karabakh-not-a-colony');
    const click = button(vote ?? '');
    const thanks = messageOf((await bot.send(click))[0]);
    expect(thanks).toMatchObject({
      flags: EPHEMERAL,
      embeds: [{ title: 'Thanks', description: expect.stringMatching(/^Thanks: marked as not helpful\./) }],
    });
    const again = messageOf((await bot.send({ ...button(vote ?? ''), message: click.message }))[0]);
    expect(again.embeds[0]?.description).toBe('You already marked this answer as not helpful; it counts once.');
    await bot.reply(ask('Who won the 2018 FIFA World Cup?'));
    await bot.reply(ask('who won the 2018 fifa world cup'));
    // Recorded just after each reply is sent.
    await vi.waitFor(async () => expect((await insights.summary(7))?.asked).toBe(3), RECORDED);

    const report = messageOf(await bot.reply(chatInput('insights', [], admin)));
    expect(report.flags).toBe(EPHEMERAL);
    const [embed] = report.embeds;
    expect(embed?.title).toBe('Insights: the last 7 days');
    expect(embed?.description).toMatch(
      /^\*\*3\*\* questions, \*\*33%\*\* answered\.\n`▁▁▁▁▁▁█` per day, oldest first \(most: 3\)\.$/,
    );
    expect(embed?.fields).toEqual([
      { name: 'Top unanswered', value: '2× “who won the 2018 fifa world cup”' },
      { name: 'Most asked', value: '1× Was Karabakh ever a colony? (0% helpful of 1)' },
      { name: 'Voted not helpful', value: 'Was Karabakh ever a colony?: 1 not helpful, 0 helpful' },
      { name: 'Last reloads', value: 'none yet' },
    ]);
    expect(customIds(report)).toEqual(['cp1:ins:7', 'cp1:ins:30']);
    // The period buttons update the message in place, admins only.
    const [switched] = await bot.send(button('cp1:ins:30', admin));
    expect(messageOf(switched).embeds[0]?.title).toBe('Insights: the last 30 days');
    expect(messageOf((await bot.send(button('cp1:ins:30', { permissions: 0n })))[0]).embeds[0]?.title).toBe(
      'Not allowed',
    );
  });
});

describe('/insights while the bot answers from its last good copy', () => {
  it('says so first, above the figures, on the command and on the period buttons', async () => {
    const onCopy = await startHarness({
      insights,
      config: { INSIGHTS: true },
      startedOnLastGood: { savedAt: '2026-11-28T22:05:00.000Z', problems: 1 },
    });
    try {
      const warning = {
        name: 'Running on the last good copy',
        value:
          'The files on disk are broken: they had 1 problem when the bot started, so it started on the last ' +
          'good copy of the knowledge base, saved 28 November 2026, 22:05 UTC. People get answers from that ' +
          'copy until a reload succeeds.',
      };
      const report = messageOf(await onCopy.reply(chatInput('insights', [], admin)));
      expect(report.embeds[0]?.fields?.[0]).toEqual(warning);
      expect(report.embeds[0]?.fields?.map((f) => f.name)).toEqual([
        'Running on the last good copy',
        'Top unanswered',
        'Most asked',
        'Voted not helpful',
        'Last reloads',
      ]);
      const [switched] = await onCopy.send(button('cp1:ins:30', admin));
      expect(messageOf(switched).embeds[0]?.fields?.[0]).toEqual(warning);
      // A bot on its files shows no such field.
      expect(messageOf(await bot.reply(chatInput('insights', [], admin))).embeds[0]?.fields?.[0]?.name).toBe(
        'Top unanswered',
      );
    } finally {
      await onCopy.stop();
    }
  });
});

describe('/settings through discord.js', () => {
  it('refuses a member without Manage Server; an admin makes answers private, stops keeping questions', async () => {
    const refused = messageOf(
      (
        await bot.send(chatInput('settings', [{ name: 'answers', type: 3, value: 'ephemeral' }], { permissions: 0n }))
      )[0],
    );
    expect(refused.embeds[0]?.title).toBe('Not allowed');
    expect(await settings.get(GUILD_ID)).toEqual({});

    const shown = messageOf((await bot.send(chatInput('settings', [], admin)))[0]);
    expect(shown.embeds[0]?.description).toBe(
      '**Answers to /ask:** public (default)\n**/ask cooldown:** 0 seconds (default)\n**Question text:** ' +
        'stored for /insights (default)\n**Mentions:** answered (default)\n**Public answers:** on (default)\n' +
        '**Language:** each member’s Discord language: Turkish, Russian, else English (default)',
    );
    const saved = messageOf(
      (
        await bot.send(
          chatInput(
            'settings',
            [
              { name: 'answers', type: 3, value: 'ephemeral' },
              { name: 'store_questions', type: 5, value: false },
            ],
            admin,
          ),
        )
      )[0],
    );
    expect(saved.embeds[0]?.title).toBe('Settings saved');
    expect(saved.embeds[0]?.description).toMatch(
      /^\*\*Answers to \/ask:\*\* only the asker sees them\n.*\n\*\*Question text:\*\* not stored, outcomes only\n/,
    );

    const answer = messageOf(await bot.reply(ask('was karabakh a colony?')));
    expect(answer.flags).toBe(EPHEMERAL);
    // public:True still wins for one question.
    expect(
      messageOf(await bot.reply(ask('was karabakh a colony?', [{ name: 'public', type: 5, value: true }]))).flags ?? 0,
    ).toBe(0);
    await bot.reply(ask('who won the 2018 fifa world cup'));
    const recorded = { asked: 3, answered: 2, unanswered: [] };
    await vi.waitFor(async () => expect(await insights.summary(7, GUILD_ID)).toMatchObject(recorded), RECORDED);
  });
});

describe('every entry point is recorded, without user ids', () => {
  it('/ask, an autocomplete pick, a suggestion button, "Counter with the article" and a mention', async () => {
    await bot.reply(ask('was karabakh a colony?'));
    await bot.reply(ask('kb:karabakh-not-a-colony'));
    await bot.send(button('cp1:answer:p:armenians-as-settlers'));
    await bot.send(counterCommand('Turkey sent jihadist mercenaries from Syria!'));
    await bot.send(messageCreate(`<@${BOT_USER.id}> was karabakh a colony?`, { mentions: [BOT_USER] }));
    await vi.waitFor(async () => expect((await insights.summary(1))?.asked).toBe(5), RECORDED);
    const db = new Database(path.join(dir, DATABASE_FILE), { readonly: true });
    const rows = db.prepare('SELECT via, guild_id, question, verdict, entry_id FROM questions ORDER BY id').all();
    // Each is recorded once its reply is sent: in the order of the replies, whatever that was.
    expect(rows).toHaveLength(5);
    expect(rows).toEqual(
      expect.arrayContaining([
        {
          via: 'ask',
          guild_id: GUILD_ID,
          question: 'was karabakh a colony?',
          verdict: expect.stringMatching(/^(clear|close)$/),
          entry_id: 'karabakh-not-a-colony',
        },
        {
          via: 'pick',
          guild_id: GUILD_ID,
          question: 'Was Karabakh ever a colony?',
          verdict: 'picked',
          entry_id: 'karabakh-not-a-colony',
        },
        {
          via: 'button',
          guild_id: GUILD_ID,
          question: expect.stringMatching(/\?$/),
          verdict: 'picked',
          entry_id: 'armenians-as-settlers',
        },
        {
          via: 'counter',
          guild_id: GUILD_ID,
          question: 'Turkey sent jihadist mercenaries from Syria!',
          verdict: expect.stringMatching(/^(clear|close)$/),
          entry_id: expect.any(String),
        },
        {
          via: 'mention',
          guild_id: GUILD_ID,
          question: 'was karabakh a colony?',
          verdict: expect.stringMatching(/^(clear|close)$/),
          entry_id: 'karabakh-not-a-colony',
        },
      ]),
    );
    const everything = JSON.stringify(db.prepare('SELECT * FROM questions').all());
    expect(everything).not.toMatch(/1600000000000000\d{3}/);
    db.close();
  });
});
