import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchCommandIds } from '../../src/discord/command-ids.ts';
import { startHarness, type BotHarness } from '../support/bot-harness.ts';
import { ADMIN_PERMISSIONS, APP_ID, chatInput, GUILD_ID } from '../support/interactions.ts';
import { EPHEMERAL, messageOf } from '../support/payloads.ts';

const ids = new Map<string, string>();
let bot: BotHarness;
beforeAll(async () => {
  bot = await startHarness({
    commandIds: ids,
    config: { ASK_COOLDOWN_SECONDS: 5, PROJECT_URL: 'https://example.org/counterpoint' },
  });
});
afterAll(() => bot.stop());

describe('/help through discord.js', () => {
  it(
    'says what the bot does and whose view it reports, how to ask and counter, the cooldown, and links; only to ' +
      'the asker',
    async () => {
      const message = messageOf((await bot.send(chatInput('help')))[0]);
      expect(message.flags).toBe(EPHEMERAL);
      const [embed] = message.embeds;
      expect(embed?.title).toBe('Counterpoint: how to ask');
      expect(embed?.description).toContain(
        'reports what the article argues, always attributed to it; it takes no side of its own',
      );
      expect(embed?.description).toContain(
        "An analysis by AVİM (Center for Eurasian Studies, Ankara) that argues Azerbaijan's side of a contested " +
          'conflict.',
      );
      // A member sees no admin commands.
      expect(embed?.fields?.map((f) => f.name)).toEqual(['Ask', 'Counter a message', 'Browse', 'Buttons']);
      expect(embed?.fields?.[0]?.value).toContain('One question every 5 seconds each.');
      expect(embed?.fields?.[1]?.value).toContain('Apps → **Counter with the article**');
      expect(JSON.stringify(embed)).not.toContain('reload');
      expect(message.components[0]?.components).toEqual([
        expect.objectContaining({
          style: 5,
          label: 'Read the article',
          url: expect.stringMatching(/^https:\/\/www\.avim\.org\.tr\//),
        }),
        expect.objectContaining({ style: 5, label: 'About Counterpoint', url: 'https://example.org/counterpoint' }),
      ]);
    },
  );

  it('shows admins the admin commands', async () => {
    const message = messageOf((await bot.send(chatInput('help', [], { permissions: ADMIN_PERMISSIONS })))[0]);
    expect(message.embeds[0]?.fields?.at(-1)).toEqual({
      name: 'For admins',
      value: expect.stringMatching(/^\/reload reloads the knowledge files/),
    });
  });

  it('mentions commands clickably once their ids are known from Discord (the test guild’s ids win)', async () => {
    bot.rest.override = ({ method, path }) => {
      if (method !== 'GET') return undefined;
      if (path === `/api/v10/applications/${APP_ID}/commands`)
        return {
          status: 200,
          json: [
            { id: '1500000000000000001', name: 'ask' },
            { id: '1500000000000000002', name: 'reload' },
          ],
        };
      if (path === `/api/v10/applications/${APP_ID}/guilds/${GUILD_ID}/commands`)
        return {
          status: 200,
          json: [
            { id: '1500000000000000003', name: 'section' },
            { id: '1500000000000000004', name: 'ask' },
          ],
        };
      return undefined;
    };
    await fetchCommandIds(bot.client.rest, APP_ID, GUILD_ID, ids);
    bot.rest.override = undefined;
    const message = messageOf((await bot.send(chatInput('help', [], { permissions: ADMIN_PERMISSIONS })))[0]);
    const fields = message.embeds[0]?.fields ?? [];
    expect(fields[0]?.value).toMatch(/^<\/ask:1500000000000000004> in your own words/);
    expect(fields[2]?.value).toMatch(/^<\/section:1500000000000000003> shows/);
    expect(fields[2]?.value).toContain('/source the article itself');
    expect(fields.at(-1)?.value).toMatch(/^<\/reload:1500000000000000002> reloads/);
  });
});
