import { describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.ts';
import { commandJson } from '../../src/discord/command-rules.ts';
import { realMatcher } from '../support/matcher.ts';

const { knowledge } = await realMatcher();
// As registered: each definition with the permissions and contexts its rules add.
const definitions = commands.map((c) => commandJson(c, knowledge));
const named = (name: string) => definitions.find((d) => d.name === name);

describe('command definitions', () => {
  it('are the eight commands, each named as it routes', () => {
    expect(definitions.map((d) => d.name)).toEqual([
      'ask',
      'section',
      'source',
      'help',
      'reload',
      'insights',
      'settings',
      'privacy',
    ]);
    expect(commands.map((c) => c.name)).toEqual(definitions.map((d) => d.name));
  });

  it('/ask: a required autocomplete question of at most 300 characters, and public', () => {
    expect(named('ask')?.options).toEqual([
      expect.objectContaining({ name: 'question', type: 3, required: true, autocomplete: true, max_length: 300 }),
      expect.objectContaining({ name: 'public', type: 5 }),
      expect.objectContaining({ name: 'for', type: 6, required: false }),
    ]);
  });

  it('/section: numbers 1–8 as choices named with the section titles', () => {
    const [number] = named('section')?.options ?? [];
    expect(number).toMatchObject({ name: 'number', type: 4, required: true, min_value: 1, max_value: 8 });
    const choices = number && 'choices' in number ? number.choices : [];
    expect(choices?.[1]).toEqual({
      name: '§2 Can the Karabakh Conflict be framed within the Colonial Paradigm?',
      value: 2,
    });
    expect(choices).toHaveLength(8);
  });

  it('/reload, /insights and /settings: Manage Server by default, guilds only', () => {
    for (const name of ['reload', 'insights', 'settings'])
      expect(named(name)).toMatchObject({ default_member_permissions: '32', contexts: [0] });
    expect(named('settings')?.options).toEqual([
      expect.objectContaining({
        name: 'answers',
        type: 3,
        choices: [
          { name: 'everyone (public)', value: 'public' },
          { name: 'only the asker (private)', value: 'ephemeral' },
        ],
      }),
      expect.objectContaining({ name: 'cooldown', type: 10, min_value: 0, max_value: 3600 }),
      expect.objectContaining({ name: 'store_questions', type: 5 }),
      expect.objectContaining({ name: 'mentions', type: 5 }),
      expect.objectContaining({ name: 'public_answers', type: 5 }),
      expect.objectContaining({
        name: 'language',
        type: 3,
        choices: expect.arrayContaining([{ name: 'English', value: 'en' }]),
      }),
    ]);
  });
});
