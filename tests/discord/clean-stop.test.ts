// Stopping the bot (SIGINT/SIGTERM → stop → client.destroy()) is not a lost connection: nothing
// says "reconnecting", nothing is fatal, and the process is not told Discord shut it out.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startInProcess } from '../support/in-process-bot.ts';
import { startStandInDiscord, type StandInDiscord } from '../support/stand-in-discord.ts';

let discord: StandInDiscord;
beforeEach(async () => {
  discord = await startStandInDiscord();
});
afterEach(() => discord.stop());

describe('a clean stop', () => {
  it('logs no reconnect, no fatal line, and gives up on nothing', async () => {
    const bot = await startInProcess(discord);
    await bot.stop();
    // Whatever discord.js emits as it winds down has had its turn.
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(bot.logs.filter((l) => Number(l.level) >= 40)).toEqual([]);
    expect(bot.logs.map((l) => l.msg)).not.toContain('gateway connection lost; reconnecting');
    expect(bot.gaveUp).toEqual([]);
    // The close was seen, and set down for what it is.
    expect(bot.logs.find((l) => l.msg === 'gateway closed: the bot is stopping')).toMatchObject({
      level: 20,
      shard: 0,
    });
  });
});
