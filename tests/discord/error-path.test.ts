import { MessageFlags, SlashCommandBuilder } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Command } from '../../commands/command.ts';
import { commands } from '../../commands/index.ts';
import { startHarness, type BotHarness } from '../support/bot-harness.ts';
import { chatInput, GUILD_ID } from '../support/interactions.ts';
import { EPHEMERAL, messageOf } from '../support/payloads.ts';

const failing = (name: string, deferFirst: boolean): Command => ({
  name,
  definition: () => new SlashCommandBuilder().setName(name).setDescription('fails').toJSON(),
  async execute(interaction) {
    if (deferFirst) await interaction.deferReply({ flags: MessageFlags.Ephemeral });
    throw new Error('database on fire (a secret detail)');
  },
});

let bot: BotHarness;
beforeAll(async () => { bot = await startHarness({ commands: [...commands, failing('boom', false), failing('boom-late', true)] }); });
afterAll(() => bot.stop());

describe('the one error path', () => {
  it('a handler that throws: an ephemeral reply with an error id, logged with its context, and the bot goes on', async () => {
    const raw = chatInput('boom');
    const message = messageOf((await bot.send(raw))[0]);
    expect(message.flags).toBe(EPHEMERAL);
    expect(message.embeds[0]?.title).toBe('Something went wrong');
    const errorId = /error id `([0-9a-f]{8})`/.exec(message.embeds[0]?.description ?? '')?.[1];
    expect(errorId).toBeDefined();
    expect(message.embeds[0]?.description).not.toContain('database on fire');
    const logged = bot.logs.find((l) => l.errorId === errorId);
    expect(logged).toMatchObject({ level: 50, msg: 'interaction failed', command: 'boom', interactionId: raw.id, guildId: GUILD_ID });
    expect(JSON.stringify(logged)).toContain('database on fire');
    const next = messageOf((await bot.send(chatInput('help')))[0]);
    expect(next.embeds[0]?.title).toBe('Counterpoint: how to ask');
  });

  it('after a deferral, the error replaces the "thinking…" message', async () => {
    const [deferral, edit] = await bot.send(chatInput('boom-late'), 2);
    expect(deferral?.path).toMatch(/\/callback$/);
    expect(edit?.method).toBe('PATCH');
    expect(messageOf(edit).embeds[0]?.description).toMatch(/^Something went wrong on our side \(error id `[0-9a-f]{8}`\)/);
  });

  it('an unknown command is answered politely', async () => {
    const message = messageOf((await bot.send(chatInput('removed-command')))[0]);
    expect(message.flags).toBe(EPHEMERAL);
    expect(message.embeds[0]).toMatchObject({ title: 'Unknown command', description: expect.stringMatching(/no longer available/) });
  });
});
