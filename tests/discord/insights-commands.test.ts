import { describe, expect, it, vi } from 'vitest';
import { askInput as ask } from '../support/ask-input.ts';
import { startHarness } from '../support/bot-harness.ts';
import { insightsBotPerTest } from '../support/insights-bot.ts';
import { ADMIN_PERMISSIONS, button, chatInput } from '../support/interactions.ts';
import { RECORDED } from '../support/insights-fixtures.ts';
import { customIds, EPHEMERAL, messageOf } from '../support/payloads.ts';

const kept = insightsBotPerTest();

const admin = { permissions: ADMIN_PERMISSIONS };

describe('/insights through discord.js', () => {
  it('refuses a member without Manage Server; an admin sees questions, trend, unanswered and votes', async () => {
    const refused = messageOf(await kept.bot.reply(chatInput('insights', [], { permissions: 0n })));
    expect(refused.embeds[0]).toMatchObject({
      title: 'Not allowed',
      description: 'Only members with Manage Server can use /insights.',
    });
    const answer = messageOf(await kept.bot.reply(ask('was karabakh a colony?')));
    // Answers carry the votes; a vote is thanked privately, counted once per person and answer.
    const vote = customIds(answer).find((id) => id.startsWith('cp1:vote:0:'));
    expect(vote).toBe('cp1:vote:0:karabakh-not-a-colony');
    const click = button(vote ?? '');
    const thanks = messageOf((await kept.bot.send(click))[0]);
    expect(thanks).toMatchObject({
      flags: EPHEMERAL,
      embeds: [{ title: 'Thanks', description: expect.stringMatching(/^Thanks: marked as not helpful\./) }],
    });
    const again = messageOf((await kept.bot.send({ ...button(vote ?? ''), message: click.message }))[0]);
    expect(again.embeds[0]?.description).toBe('You already marked this answer as not helpful; it counts once.');
    await kept.bot.reply(ask('Who won the 2018 FIFA World Cup?'));
    await kept.bot.reply(ask('who won the 2018 fifa world cup'));
    // Recorded just after each reply is sent.
    await vi.waitFor(async () => expect((await kept.insights.summary(7))?.asked).toBe(3), RECORDED);

    const report = messageOf(await kept.bot.reply(chatInput('insights', [], admin)));
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
    const [switched] = await kept.bot.send(button('cp1:ins:30', admin));
    expect(messageOf(switched).embeds[0]?.title).toBe('Insights: the last 30 days');
    expect(messageOf((await kept.bot.send(button('cp1:ins:30', { permissions: 0n })))[0]).embeds[0]?.title).toBe(
      'Not allowed',
    );
  });
});

describe('/insights while the bot answers from its last good copy', () => {
  it('says so first, above the figures, on the command and on the period buttons', async () => {
    const onCopy = await startHarness({
      insights: kept.insights,
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
      expect(messageOf(await kept.bot.reply(chatInput('insights', [], admin))).embeds[0]?.fields?.[0]?.name).toBe(
        'Top unanswered',
      );
    } finally {
      await onCopy.stop();
    }
  });
});
