import { describe, expect, it } from 'vitest';
import { toDiscord, type DiscordPayload } from '../../src/discord/render.ts';
import { suggestions } from '../../src/answer/suggestions.ts';
import { entryReply } from '../../src/answer/entry-picks.ts';
import { loadKnowledge } from '../../src/knowledge/load-knowledge.ts';
import { prepare } from '../../src/reload/knowledge-store.ts';
import { othersReply, passageReply, replyToQuestion } from '../../src/replies/answer-replies.ts';
import { notAnsweredReply, outOfScopeReply } from '../../src/replies/not-answered-replies.ts';
import { aboutReply, chatReply, topicReply, unclearReply } from '../../src/replies/guide-replies.ts';
import { sectionReply, sourceReply } from '../../src/replies/browse-replies.ts';
import { helpReply } from '../../src/replies/help-replies.ts';
import { renderText } from '../../src/replies/text-render.ts';
import type { Reply } from '../../src/replies/view.ts';
import { REAL_KNOWLEDGE } from '../support/knowledge-copy.ts';

const result = await loadKnowledge(REAL_KNOWLEDGE);
if (!result.ok) throw new Error('the bundled knowledge base has problems');
const loaded = prepare(result.knowledge);
const { knowledge } = loaded;
const ids = knowledge.entries.map((e) => e.id);
const idPattern = new RegExp(`(^|[^a-z0-9-])(${ids.join('|')})($|[^a-z0-9-])`);

/** Everything a Discord user can read in a message: not custom_ids, option values or link targets. */
function visibleText(payload: DiscordPayload): string[] {
  const texts: string[] = [];
  if (payload.content) texts.push(payload.content);
  for (const embed of payload.embeds) {
    texts.push(
      embed.title ?? '',
      embed.description ?? '',
      embed.footer?.text ?? '',
      ...(embed.fields ?? []).flatMap((f) => [f.name, f.value]),
    );
  }
  for (const row of payload.components) {
    for (const c of row.components) {
      if ('label' in c && c.label) texts.push(c.label);
      if ('placeholder' in c && c.placeholder) texts.push(c.placeholder);
      if ('options' in c) for (const o of c.options) texts.push(o.label, o.description ?? '');
    }
  }
  return texts.filter(Boolean);
}

function expectNoIds(reply: Reply, what: string): void {
  for (const text of [...visibleText(toDiscord(reply)), renderText(reply)]) {
    expect(idPattern.exec(text)?.[2], `${what}: "${text.slice(0, 80)}…"`).toBeUndefined();
    // The other side's claim is never put to the asker as theirs: it is labelled as the other side's.
    expect(text, what).not.toMatch(/claim it responds to/i);
  }
}

describe('entry ids never reach what users read', () => {
  it('holds for the pattern itself: an id in visible text is caught', () => {
    expect(idPattern.test('Pick karabakh-not-a-colony')).toBe(true);
    expect(idPattern.test('Was Karabakh ever a colony?')).toBe(false);
  });

  it.each(knowledge.entries.map((e) => [e.id, e] as const))('every reply kind for %s', async (_, entry) => {
    const source = knowledge.sourceById.get(entry.source);
    if (!source) throw new Error('entry without source');
    const related = entry.related.flatMap((id) => knowledge.entryById.get(id) ?? []);
    expectNoIds(entryReply(loaded, entry, 'public'), 'answer');
    expectNoIds(entryReply(loaded, entry, 'ephemeral'), 'private answer');
    expectNoIds(
      replyToQuestion(knowledge, await loaded.matcher.ask(entry.questions[0] ?? ''), 'public'),
      'answer to a question',
    );
    expectNoIds(passageReply(knowledge, entry), 'passage');
    expectNoIds(othersReply([entry, ...related]), 'other matches');
    expectNoIds(notAnsweredReply(knowledge, [entry, ...related], 'ephemeral'), 'suggestions');
    expectNoIds(topicReply(knowledge, entry.topic, [entry, ...related], 'public'), 'topic list');
    for (const stance of ['article', 'other', 'question'] as const) {
      const asked = await loaded.matcher.ask(entry.questions[0] ?? '');
      expectNoIds(replyToQuestion(knowledge, asked, 'public', stance), `answer to the ${stance} side`);
    }
    const section = sectionReply(knowledge, source, entry.section, 'ephemeral');
    if (!section) throw new Error('no section reply');
    expectNoIds(section, 'section');
    for (const choice of suggestions(loaded, entry.topic))
      expect(idPattern.exec(choice.name)?.[2], choice.name).toBeUndefined();
  });

  it('and for the replies about the article as a whole', () => {
    expectNoIds(helpReply(knowledge), 'help');
    expectNoIds(sourceReply(knowledge), 'source');
    expectNoIds(outOfScopeReply(knowledge, ['the Lachin blockade']), 'out of scope');
    expectNoIds(aboutReply(knowledge, 'public'), 'about');
    expectNoIds(chatReply(knowledge), 'chat');
    expectNoIds(unclearReply(knowledge), 'unclear');
    for (const choice of suggestions(loaded, '')) expect(idPattern.exec(choice.name)?.[2], choice.name).toBeUndefined();
  });
});
