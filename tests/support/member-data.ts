// A member whose every trace is distinctive, and the checks that none of it reaches the bot's log:
// any of these strings in a log line is the member's data leaking into the log.
import { SlashCommandBuilder } from 'discord.js';
import { expect, vi } from 'vitest';
import { respond } from '../../src/answer/responder.ts';
import type { Command } from '../../src/discord/command.ts';
import { commands } from '../../commands/index.ts';
import { startHarness, type BotHarness, type HarnessOptions } from './bot-harness.ts';
import { chatInput } from './interactions.ts';

export const USER_ID = '1677777777777777771';
export const USERNAME = 'quokkafan_zx81';
export const GLOBAL_NAME = 'Quentin Quokkaworth';
const NICK = 'Qworthy';
export const QUESTION = 'was karabakh ever a colony of the zorblaxian empire';
export const CLAIM = 'Turkey brought Syrian jihadists in to fight for Baku, says zorblaxian radio.';
const MEMBER_DATA = [USER_ID, USERNAME, GLOBAL_NAME, NICK];

/** The same raw interaction, from our distinctive member. */
export function byMember<T extends Record<string, unknown>>(raw: T): T {
  const member = raw.member as { user: Record<string, unknown> };
  const user = { ...member.user, id: USER_ID, username: USERNAME, global_name: GLOBAL_NAME };
  return { ...raw, member: { ...member, user, nick: NICK } };
}

/** A command that reads its question, as /ask does, then fails. */
const failing: Command = {
  name: 'boom',
  definition: () =>
    new SlashCommandBuilder()
      .setName('boom')
      .setDescription('fails')
      .addStringOption((o) => o.setName('question').setDescription('q'))
      .toJSON(),
  async execute(interaction, ctx) {
    const text = interaction.options.getString('question', true);
    await respond(ctx, { text, via: 'ask', guildId: interaction.guildId, askerId: interaction.user.id });
    throw new Error('the store is on fire');
  },
};

/** An /ask of `question` by our distinctive member. */
export const ask = (question: string) => byMember(chatInput('ask', [{ name: 'question', type: 3, value: question }]));

/** A bot logging everything (trace), with the failing /boom among its commands. */
export function startTracingBot(options: HarnessOptions = {}): Promise<BotHarness> {
  return startHarness({
    ...options,
    commands: [...commands, failing],
    config: { LOG_LEVEL: 'trace', ...options.config },
  });
}

/** Waits for a log line with `msg`, then checks that no line carries the member's data (nor `also`). */
export async function expectLoggedWithoutMemberData(
  bot: BotHarness,
  msg: string,
  also: readonly string[] = [],
): Promise<void> {
  await vi.waitFor(() => expect(bot.logs.map((l) => l.msg)).toContain(msg), { timeout: 10_000, interval: 10 });
  const lines = bot.logs.map((l) => JSON.stringify(l));
  for (const line of lines) for (const data of [...MEMBER_DATA, ...also]) expect(line).not.toContain(data);
}
