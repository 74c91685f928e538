import { afterAll, describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/load-knowledge.ts';
import { replyToQuestion } from '../../src/replies/answer-replies.ts';
import { sourceReply } from '../../src/replies/browse-replies.ts';
import { aboutReply, chatReply } from '../../src/replies/guide-replies.ts';
import { helpReply } from '../../src/replies/help-replies.ts';
import { createMatcher } from '../../src/search/matcher.ts';
import { copyKnowledge } from '../support/knowledge-copy.ts';
import { realMatcher } from '../support/matcher.ts';

// The same arguments under another source's front matter: every detail of the source a reply
// shows must come from that front matter, none from code.
const FRONT = [
  'id: exi-brief-7',
  'title: "Lawfare and Secession: A Second Look"',
  'citation: EXI Brief 7',
  'publisher: Example Institute (EXI), Utrecht',
  'series: Brief No 7',
  'date: 2021-03-04',
  'address: https://example.org/exi-brief-7',
  'attribution: A brief by the Example Institute that argues one side. Reported, not endorsed.',
  'attribution_line: From EXI Brief 7 (4 Mar 2021), which argues one side; reported, not endorsed.',
  'publisher_about: The Example Institute is a made-up think tank for tests.',
  'publisher_names: [EXI, Example Institute]',
].join('\n');

const copy = await copyKnowledge();
afterAll(() => copy.dispose());
const text = await copy.read('sources/avim-2020-33.md');
await copy.remove('sources/avim-2020-33.md');
await copy.write('sources/exi-brief-7.md', text.replace(/^---\n[\s\S]*?\n---\n/, `---\n${FRONT}\n---\n`));
const loaded = await loadKnowledge(copy.dir);
if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
const kb = loaded.knowledge;
const matcher = createMatcher(kb);
const real = await realMatcher();
const ORIGINAL = /AV[İI]M|Eurasian|Ankara|2020\/33|11 Nov/i;

describe('a knowledge base with another source', () => {
  it('answers with its citation and attribution line, nothing of the original source', () => {
    const reply = replyToQuestion(kb, matcher.ask('was Karabakh a colony?'), 'public');
    const shown = JSON.stringify(reply);
    expect(shown).toContain('From EXI Brief 7 (4 Mar 2021)');
    expect(shown).toContain('https://example.org/exi-brief-7');
    expect(shown).not.toMatch(ORIGINAL);
  });

  it('tells who published it and when, in the about card and /source', () => {
    for (const reply of [aboutReply(kb, 'public'), sourceReply(kb)]) {
      const shown = JSON.stringify(reply);
      expect(shown).toContain('Lawfare and Secession: A Second Look');
      expect(shown).toContain('Example Institute (EXI), Utrecht');
      expect(shown).toContain('4 March 2021');
      expect(shown).not.toMatch(ORIGINAL);
    }
    expect(JSON.stringify([chatReply(kb), helpReply(kb)])).not.toMatch(ORIGINAL);
  });

  it('dates later events from its own date', () => {
    const result = matcher.ask('what happened in the 2023 war?');
    expect(result.notAddressed).toEqual(['events after 4 March 2021']);
    const reply = JSON.stringify(replyToQuestion(kb, result, 'public'));
    expect(reply).toContain('EXI Brief 7 (4 March 2021) does not address');
  });

  it("reads its publisher's one-word name as naming the source, not a topic, as it read the original's", () => {
    const ranked = (q: string) => matcher.ask(q).candidates.map((c) => c.entry.id);
    expect(ranked('what does EXI say about colonies')).toEqual(ranked('what does it say about colonies'));
    expect(matcher.ask('what does EXI say about colonies').unknownWords).toEqual([]);
    expect(real.matcher.ask('what does EXI say about colonies').unknownWords).toEqual(['exi']);
    expect(real.matcher.ask('what does AVİM say about colonies').candidates.map((c) => c.entry.id)).toEqual(
      real.matcher.ask('what does it say about colonies').candidates.map((c) => c.entry.id),
    );
  });
});
