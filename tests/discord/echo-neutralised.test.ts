// The words of a message the bot quotes back in "Counter with the article" are the writer's, shown
// as they were typed: no ping, no link or invite, no reordering by bidi controls, no markdown.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startHarness, type BotHarness } from '../support/bot-harness.ts';
import { counterCommand } from '../support/message-payloads.ts';
import { EPHEMERAL, messageOf } from '../support/payloads.ts';

let bot: BotHarness;
beforeEach(async () => {
  bot = await startHarness();
});
afterEach(() => bot.stop());

const HOSTILE =
  '> # Karabakh was an **Azerbaijani** \u202Ecolony\u202C of ||Baku|| <@1600000000000000009> @everyone, ' +
  'see discord.gg/abc123 and [proof](https://example.com/x) -# \u2066really\u2069';

describe('"Counter with the article" quotes the message neutralised', () => {
  it('every field of the posted embed', async () => {
    const message = messageOf((await bot.send(counterCommand(HOSTILE)))[0]);
    expect(message.flags).toBe(EPHEMERAL);
    expect(message.content).toBeUndefined();
    expect(message.allowed_mentions).toEqual({ parse: [], replied_user: false });
    expect(message.embeds).toHaveLength(1);
    const [embed] = message.embeds;
    expect(embed?.title).toBe('Was Karabakh ever a colony?');
    const [quoted, ...rest] = embed?.description?.split('\n\n') ?? [];
    expect(quoted).toBe(
      '**In the message:** “\\> \\# Karabakh was an \\*\\*Azerbaijani\\*\\* colony of \\|\\|Baku\\|\\| ' +
        '\\@user \\@\u200beveryone, see `discord.gg/abc123` and \\[proof\\]\\(https://example.com/x\\) ' +
        '-\\# really”',
    );
    // The rest is the article's, untouched.
    expect(rest[0]).toMatch(/^\*\*The other side argues:\*\* Karabakh's Armenians lived under alien rule/);
    expect(rest.at(-1)).toMatch(/^> Karabakh cannot be regarded as a colony of Azerbaijan/);
    expect(embed?.fields).toEqual([
      {
        name: 'Reference',
        value: '§2 Can the Karabakh Conflict be framed within the Colonial Paradigm? · ¶1–2 · p. 2',
      },
    ]);
    expect(embed?.footer?.text).toBe(
      'From AVİM Analysis 2020/33 (11 Nov 2020), which argues one side; reported, not endorsed.',
    );
    expect(JSON.stringify(message)).not.toMatch(/[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]|<@|@everyone/);
  });
});
