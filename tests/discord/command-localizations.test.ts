import type { APIApplicationCommandOption } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { commands, messageCommands } from '../../commands/index.ts';
import { registrations } from '../../src/discord/command-rules.ts';
import { COMMAND_TEXTS, type CommandText } from '../../src/text/i18n/command-texts.ts';
import { realMatcher } from '../support/matcher.ts';

const { knowledge } = await realMatcher();
/** Discord's rule for slash command and option names, in any locale (lowercase where there is case). */
const NAME = /^[-_\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;
type Json = { name: string; description?: string; options?: APIApplicationCommandOption[] } & Record<string, unknown>;

/** Every command and option of the registration, with its path ("ask > question"). */
function walk(items: readonly Json[], path = ''): [string, Json][] {
  return items.flatMap((item) => {
    const here = `${path}${item.name}`;
    return [[here, item] as [string, Json], ...walk((item.options ?? []) as unknown as Json[], `${here} > `)];
  });
}
/** Every command and option the translated words name, with its path. */
function named(texts: Readonly<Record<string, CommandText>>, path = ''): string[] {
  return Object.entries(texts).flatMap(([name, t]) => [
    `${path}${name}`,
    ...named(t.options ?? {}, `${path}${name} > `),
  ]);
}

describe('commands in Turkish and Russian clients', () => {
  const registered = (prefix = '') => registrations(knowledge, commands, messageCommands, prefix) as unknown as Json[];

  it('names every command members use in both languages, by Discord’s rules, the prefix in front', () => {
    for (const [path, item] of walk(registered('cp-'))) {
      const names = (item['name_localizations'] ?? {}) as Record<string, string>;
      const descriptions = (item['description_localizations'] ?? {}) as Record<string, string>;
      for (const name of Object.values(names)) {
        // A message command's name may have spaces and capitals; a slash command's or option's may not.
        if (path === 'Counter with the article') expect(name.length).toBeLessThanOrEqual(32);
        else {
          expect(name, path).toMatch(NAME);
          expect(name, path).toBe(name.toLowerCase());
        }
      }
      for (const d of Object.values(descriptions)) expect(d.length, path).toBeGreaterThan(0);
      for (const d of Object.values(descriptions)) expect(d.length, path).toBeLessThanOrEqual(100);
    }
    const byName = new Map(registered('cp-').map((c) => [c.name, c]));
    for (const name of ['cp-ask', 'cp-section', 'cp-source', 'cp-help', 'cp-privacy', 'Counter with the article'])
      expect(Object.keys(byName.get(name)?.['name_localizations'] ?? {}).sort(), name).toEqual(['ru', 'tr']);
    expect(byName.get('cp-ask')?.['name_localizations']).toEqual({ tr: 'cp-sor', ru: 'cp-спросить' });
  });

  it('translates only commands and options that exist, so a renamed option is caught', () => {
    // /section's source option is there only when the knowledge base has more than one source.
    const paths = new Set([...walk(registered()).map(([path]) => path), 'section > source']);
    for (const locale of Object.keys(COMMAND_TEXTS) as (keyof typeof COMMAND_TEXTS)[])
      for (const path of named(COMMAND_TEXTS[locale])) expect(paths, `${locale}: ${path}`).toContain(path);
  });

  it('keeps the English names that interactions arrive under', () => {
    expect(registered().map((c) => c.name)).toEqual([...commands.map((c) => c.name), 'Counter with the article']);
    const ask = registered().find((c) => c.name === 'ask');
    expect(ask?.options?.map((o) => o.name)).toEqual(['question', 'public', 'for']);
    expect(ask?.options?.[0]).toMatchObject({ name_localizations: { tr: 'soru', ru: 'вопрос' } });
  });
});
