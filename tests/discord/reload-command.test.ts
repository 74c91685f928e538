import type { Interaction } from 'discord.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ownerRefusal } from '../../src/discord/admin-check.ts';
import { startHarness, type BotHarness } from '../support/bot-harness.ts';
import { ADMIN_PERMISSIONS, ADMIN_ROLE, chatInput, GUILD_ID, type Sender } from '../support/interactions.ts';
import { copyKnowledge, type KnowledgeCopy } from '../support/knowledge-copy.ts';
import { callbackSchema, callbackType, EPHEMERAL, messageOf } from '../support/payloads.ts';
import { PIZZA_POLICY_ENTRY } from '../support/reload-fixtures.ts';

const OWNER = '1600000000000000099';

let kb: KnowledgeCopy;
let bot: BotHarness;
beforeEach(async () => {
  kb = await copyKnowledge();
  bot = await startHarness({
    knowledgeDir: kb.dir,
    config: { ADMIN_ROLE_IDS: [ADMIN_ROLE], HOME_GUILD_ID: GUILD_ID, OWNER_IDS: [OWNER] },
  });
  await kb.write('arguments/08-conclusion.yaml', (await kb.read('arguments/08-conclusion.yaml')) + PIZZA_POLICY_ENTRY);
});
afterEach(async () => {
  await bot.stop();
  await kb.dispose();
});

const reload = (sender: Sender) => chatInput('reload', [], sender);
/** The same interaction, from another server than the test's own (the bot's home server). */
const inGuild = (raw: Record<string, unknown>, guildId: string) => ({
  ...raw,
  guild_id: guildId,
  channel: { ...(raw.channel as object), guild_id: guildId },
});

describe('/reload permissions, checked when it runs', () => {
  it.each([
    ['a member without Manage Server', { permissions: 0n }, /Only members with Manage Server or an admin role/],
    ['a DM', { dm: true }, /only the bot's owners and the admins of its home server/],
  ])('%s is refused and nothing is reloaded', async (_, sender, why) => {
    const before = bot.store.current;
    const [request] = await bot.send(reload(sender));
    expect(callbackType(request)).toBe(4);
    const message = messageOf(request);
    expect(message.flags).toBe(EPHEMERAL);
    expect(message.embeds[0]?.title).toBe('Not allowed');
    expect(message.embeds[0]?.description).toMatch(why);
    expect(message.embeds[0]?.description).toMatch(/Nothing was reloaded\.$/);
    expect(bot.store.current).toBe(before);
    expect(bot.store.current.knowledge.entryById.has('pizza-policy')).toBe(false);
    expect(bot.logs.some((l) => l.msg === 'reload refused')).toBe(true);
  });

  it('an admin of another server is refused: a reload changes every server', async () => {
    const other = '1200000000000000077';
    const raw = reload({ permissions: ADMIN_PERMISSIONS });
    const message = messageOf((await bot.send(inGuild(raw, other)))[0]);
    expect(message.embeds[0]?.title).toBe('Not allowed');
    expect(message.embeds[0]?.description).toBe(
      "/reload changes the knowledge base for every server the bot is in, so only the bot's owners and the admins" +
        ' of its home server can use it. Nothing was reloaded.',
    );
    expect(bot.store.current.knowledge.entryById.has('pizza-policy')).toBe(false);
  });

  it('an owner (OWNER_IDS) reloads from any server, without Manage Server', async () => {
    const raw = inGuild(reload({ permissions: 0n, userId: OWNER }), '1200000000000000078');
    const [, report] = await bot.send(raw, 2);
    expect(messageOf(report).embeds[0]?.title).toMatch(/^Knowledge base reloaded/);
    expect(bot.store.current.knowledge.entryById.has('pizza-policy')).toBe(true);
  });

  it.each([
    ['a member with Manage Server', { permissions: ADMIN_PERMISSIONS }],
    ['a member with an admin role', { permissions: 0n, roles: [ADMIN_ROLE] }],
  ])('%s reloads: a deferred ephemeral reply, then the report', async (_, sender) => {
    const [deferral, report] = await bot.send(reload(sender), 2);
    expect(callbackSchema.parse(deferral?.body)).toEqual({ type: 5, data: { flags: EPHEMERAL } });
    expect(report?.method).toBe('PATCH');
    expect(report?.path).toMatch(/^\/api\/v10\/webhooks\/\d+\/token-\d+\/messages\/@original$/);
    const [embed] = messageOf(report).embeds;
    expect(embed?.title).toBe('Knowledge base reloaded');
    expect(embed?.description).toMatch(/^Sources 1 → 1, sections 8 → 8, entries 60 → 61; took \d+ ms\.$/);
    expect(embed?.fields).toEqual([
      { name: 'Added (1)', value: 'pizza-policy' },
      { name: 'Removed (0)', value: 'none' },
      { name: 'Changed (0)', value: 'none' },
    ]);
    expect((await bot.store.current.matcher.ask('zanzibarian')).candidates[0]?.entry.id).toBe('pizza-policy');
    expect(bot.logs.find((l) => l.msg === 'knowledge base reloaded')).toMatchObject({
      level: 30,
      via: 'discord',
      guild: GUILD_ID,
      before: { entries: 60 },
      after: { entries: 61 },
      added: ['pizza-policy'],
      removed: [],
      changed: [],
    });
  });

  it('a broken edit: the report lists the problem and says the knowledge base did not change', async () => {
    await kb.edit('arguments/08-conclusion.yaml', 'keywords: [zanzibarian]', 'keywords: [zanzibarian');
    const before = bot.store.current;
    const [, report] = await bot.send(reload({ permissions: ADMIN_PERMISSIONS }), 2);
    const [embed] = messageOf(report).embeds;
    expect(embed?.title).toBe('Reload failed: the knowledge base in use did not change');
    expect(embed?.description).toMatch(
      /^1 problem in the knowledge files:\n`arguments\/08-conclusion\.yaml:\d+:\d+ {2}YAML syntax: /,
    );
    expect(bot.store.current).toBe(before);
  });
});

describe('who may reload, with nothing configured', () => {
  it('says how to allow it: OWNER_IDS or HOME_GUILD_ID, or the console or watch mode', () => {
    const interaction = { user: { id: '1600000000000000001' }, guildId: GUILD_ID } as unknown as Interaction;
    const why = ownerRefusal(interaction, { ADMIN_ROLE_IDS: [], OWNER_IDS: [] }, '/reload');
    expect(why).toBe(
      "/reload changes the knowledge base for every server, so it is for the bot's operators: " +
        'set OWNER_IDS or HOME_GUILD_ID, or reload from the console or with KNOWLEDGE_WATCH.',
    );
  });
});
