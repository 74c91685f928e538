// Every way to ask (/ask, an autocomplete pick, a suggestion button, "Counter with the article", a
// mention) is recorded once for insights, as the bot opens its database, and without user ids.
import Database from 'better-sqlite3';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { DATABASE_FILE } from '../../src/stores/sqlite/database.ts';
import { askInput as ask } from '../support/ask-input.ts';
import { insightsBotPerTest } from '../support/insights-bot.ts';
import { button, GUILD_ID } from '../support/interactions.ts';
import { RECORDED } from '../support/insights-fixtures.ts';
import { BOT_USER, counterCommand, messageCreate } from '../support/message-payloads.ts';

const kept = insightsBotPerTest();

describe('every entry point is recorded, without user ids', () => {
  it('/ask, an autocomplete pick, a suggestion button, "Counter with the article" and a mention', async () => {
    await kept.bot.reply(ask('was karabakh a colony?'));
    await kept.bot.reply(ask('kb:karabakh-not-a-colony'));
    await kept.bot.send(button('cp1:answer:p:armenians-as-settlers'));
    await kept.bot.send(counterCommand('Turkey sent jihadist mercenaries from Syria!'));
    await kept.bot.send(messageCreate(`<@${BOT_USER.id}> was karabakh a colony?`, { mentions: [BOT_USER] }));
    await vi.waitFor(async () => expect((await kept.insights.summary(1))?.asked).toBe(5), RECORDED);
    const db = new Database(path.join(kept.dir, DATABASE_FILE), { readonly: true });
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
