// The /ask cooldown: a second question too soon is answered politely, with a live countdown, and
// only for the one who asked.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { askInput as ask } from '../support/ask-input.ts';
import { startHarness, type BotHarness } from '../support/bot-harness.ts';
import { EPHEMERAL, messageOf } from '../support/payloads.ts';

describe('the /ask cooldown', () => {
  let slow: BotHarness;
  beforeAll(async () => {
    slow = await startHarness({ config: { ASK_COOLDOWN_SECONDS: 30 } });
  });
  afterAll(() => slow.stop());

  it('answers a second question too soon politely, and only for that user', async () => {
    const first = messageOf(await slow.reply(ask('was karabakh a colony?', [], { userId: '1600000000000000031' })));
    expect(first.embeds[0]?.title).toBe('Was Karabakh ever a colony?');
    const second = messageOf(await slow.reply(ask('chiragov v armenia', [], { userId: '1600000000000000031' })));
    expect(second.flags).toBe(EPHEMERAL);
    expect(second.embeds[0]).toMatchObject({
      title: 'One moment',
      description: expect.stringMatching(/^You're asking quickly\. You can ask again <t:\d+:R>\.$/),
    });
    // A live countdown: Discord shows it as "in 30 seconds", ticking.
    const at = Number(/<t:(\d+):R>/.exec(second.embeds[0]?.description ?? '')?.[1]);
    expect(at - Date.now() / 1000).toBeGreaterThan(25);
    expect(at - Date.now() / 1000).toBeLessThanOrEqual(31);
    const other = messageOf(await slow.reply(ask('chiragov v armenia', [], { userId: '1600000000000000032' })));
    expect(other.embeds[0]?.title).toBe('What did the European Court of Human Rights find in Chiragov?');
  });
});
