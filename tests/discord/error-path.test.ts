import { MessageFlags, SlashCommandBuilder } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Command } from '../../src/discord/command.ts';
import { commands } from '../../commands/index.ts';
import { startHarness, type BotHarness } from '../support/bot-harness.ts';
import { button, chatInput, GUILD_ID } from '../support/interactions.ts';

const buttonMessage = button('x').message;
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
beforeAll(async () => {
  bot = await startHarness({ commands: [...commands, failing('boom', false), failing('boom-late', true)] });
});
afterAll(() => bot.stop());

describe('the one error path', () => {
  it('a handler that throws: ephemeral reply with an error id, logged with context, the bot goes on', async () => {
    const raw = chatInput('boom');
    const message = messageOf((await bot.send(raw))[0]);
    expect(message.flags).toBe(EPHEMERAL);
    expect(message.embeds[0]?.title).toBe('Something went wrong');
    const errorId = /error id `([0-9a-f]{8})`/.exec(message.embeds[0]?.description ?? '')?.[1];
    expect(errorId).toBeDefined();
    expect(message.embeds[0]?.description).not.toContain('database on fire');
    const logged = bot.logs.find((l) => l.errorId === errorId);
    expect(logged).toMatchObject({
      level: 50,
      msg: 'interaction failed',
      command: 'boom',
      interactionId: raw.id,
      guildId: GUILD_ID,
    });
    expect(JSON.stringify(logged)).toContain('database on fire');
    const next = messageOf((await bot.send(chatInput('help')))[0]);
    expect(next.embeds[0]?.title).toBe('Counterpoint: how to ask');
  });

  it('after a deferral, the error replaces the "thinking…" message', async () => {
    const [deferral, edit] = await bot.send(chatInput('boom-late'), 2);
    expect(deferral?.path).toMatch(/\/callback$/);
    expect(edit?.method).toBe('PATCH');
    expect(messageOf(edit).embeds[0]?.description).toMatch(
      /^Something went wrong on our side \(error id `[0-9a-f]{8}`\)/,
    );
  });

  it('an unknown command is answered politely', async () => {
    const message = messageOf((await bot.send(chatInput('removed-command')))[0]);
    expect(message.flags).toBe(EPHEMERAL);
    expect(message.embeds[0]).toMatchObject({
      title: 'Unknown command',
      description: expect.stringMatching(/no longer available/),
    });
  });

  it('a reply Discord no longer takes (interaction expired) is logged as a warning, not as a failure', async () => {
    bot.rest.override = (r) =>
      r.path.endsWith('/callback') ? { status: 404, json: { code: 10062, message: 'Unknown interaction' } } : undefined;
    try {
      const raw = chatInput('help');
      await bot.send(raw);
      await vi.waitFor(() => expect(bot.logs.some((l) => l.interactionId === raw.id)).toBe(true), {
        timeout: 5000,
        interval: 10,
      });
      const lines = bot.logs.filter((l) => l.interactionId === raw.id);
      expect(lines).toEqual([
        expect.objectContaining({
          level: 40,
          msg: 'interaction expired before the reply reached Discord',
          command: 'help',
        }),
      ]);
    } finally {
      bot.rest.override = undefined;
    }
  });

  it.each([
    ['a modal submission', { type: 5, data: { custom_id: 'someone-elses-modal', components: [] } }],
    [
      'a user select menu',
      { type: 3, data: { custom_id: 'someone-elses-menu', component_type: 5, values: ['1600000000000000001'] } },
    ],
    [
      'a user context menu command',
      {
        type: 2,
        data: {
          id: '1700000000000000001',
          name: 'Report user',
          type: 2,
          target_id: '1600000000000000001',
          resolved: {
            users: {
              '1600000000000000001': {
                id: '1600000000000000001',
                username: 'member',
                discriminator: '0',
                global_name: null,
                avatar: null,
              },
            },
          },
        },
      },
    ],
  ])('%s it never registered gets a polite ephemeral "not supported"', async (_, shape) => {
    const raw = { ...chatInput('help'), ...shape, ...(shape.type === 3 ? { message: buttonMessage } : {}) };
    const message = messageOf((await bot.send(raw))[0]);
    expect(message.flags).toBe(EPHEMERAL);
    expect(message.embeds[0]).toMatchObject({
      title: 'Not supported',
      description: 'Counterpoint does not handle this kind of interaction. Type / to see its commands.',
    });
  });
});
