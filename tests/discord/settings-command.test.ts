// /settings through discord.js: admins only; an admin's choices change how /ask answers in the
// server and what insights keep of its questions.
import { describe, expect, it, vi } from 'vitest';
import { askInput as ask } from '../support/ask-input.ts';
import { insightsBotPerTest } from '../support/insights-bot.ts';
import { ADMIN_PERMISSIONS, chatInput, GUILD_ID } from '../support/interactions.ts';
import { RECORDED } from '../support/insights-fixtures.ts';
import { EPHEMERAL, messageOf } from '../support/payloads.ts';

const kept = insightsBotPerTest();

const admin = { permissions: ADMIN_PERMISSIONS };

describe('/settings through discord.js', () => {
  it('refuses a member without Manage Server; an admin makes answers private, stops keeping questions', async () => {
    const refused = messageOf(
      (
        await kept.bot.send(
          chatInput('settings', [{ name: 'answers', type: 3, value: 'ephemeral' }], { permissions: 0n }),
        )
      )[0],
    );
    expect(refused.embeds[0]?.title).toBe('Not allowed');
    expect(await kept.settings.get(GUILD_ID)).toEqual({});

    const shown = messageOf((await kept.bot.send(chatInput('settings', [], admin)))[0]);
    expect(shown.embeds[0]?.description).toBe(
      '**Answers to /ask:** public (default)\n**/ask cooldown:** 0 seconds (default)\n**Question text:** ' +
        'stored for /insights (default)\n**Mentions:** answered (default)\n**Public answers:** on (default)\n' +
        '**Language:** each member’s Discord language: Turkish, Russian, else English (default)',
    );
    const saved = messageOf(
      (
        await kept.bot.send(
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

    const answer = messageOf(await kept.bot.reply(ask('was karabakh a colony?')));
    expect(answer.flags).toBe(EPHEMERAL);
    // public:True still wins for one question.
    expect(
      messageOf(await kept.bot.reply(ask('was karabakh a colony?', [{ name: 'public', type: 5, value: true }])))
        .flags ?? 0,
    ).toBe(0);
    await kept.bot.reply(ask('who won the 2018 fifa world cup'));
    const recorded = { asked: 3, answered: 2, unanswered: [] };
    await vi.waitFor(async () => expect(await kept.insights.summary(7, GUILD_ID)).toMatchObject(recorded), RECORDED);
  });
});
