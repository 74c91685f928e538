import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isReportedSpeech, unattributedSentences } from '../../src/knowledge/attribution.ts';
import { sentencesOf } from '../../src/text/sentences.ts';
import { loadKnowledge } from '../../src/knowledge/load-knowledge.ts';
import { copyKnowledge, lineOf, type KnowledgeCopy } from '../support/knowledge-copy.ts';

describe('the attribution rule for rebuttal sentences', () => {
  it.each([
    'The article argues that Karabakh cannot be regarded as a colony.',
    'It also says the Minsk Group proved ineffective.',
    'First, the article cites the 2009 census.',
    'In its view, the matter is occupation.',
    "By the article's account, neither statements nor facts show such an intention.",
    'According to the article, the violations must be mass, systematic and gross.',
    'The article does not mention the pogroms in Sumgait.',
    'AVİM holds that the doctrine has little validity.',
    'It concluded that remedial secession could not apply.',
  ])('reported speech: "%s"', (sentence) => {
    expect(isReportedSpeech(sentence)).toBe(true);
  });

  it.each([
    'Possible abuses should be prevented, but by other mechanisms.',
    'That would approve one set of violations in the name of remedying another.',
    'Whether the Karabakh movement followed legal ways is therefore central.',
    'The article notes that the Armenian side ignores the atrocities.',
    'Armenia occupies the districts, the article argues.',
    'It is obvious that the doctrine cannot apply.',
    'Karabakh is Azerbaijani land.',
  ])('the bot\'s own voice (or an endorsing verb): "%s"', (sentence) => {
    expect(isReportedSpeech(sentence)).toBe(false);
  });

  it('splits sentences, but not at abbreviations or initials', () => {
    const text =
      'The article cites Chiragov and Others v. Armenia. It says St. Petersburg encouraged settlement. It ' +
      'names İ. Aliyev; ok? It adds more.';
    expect(sentencesOf(text).map((s) => s.text)).toEqual([
      'The article cites Chiragov and Others v. Armenia.',
      'It says St. Petersburg encouraged settlement.',
      'It names İ. Aliyev; ok?',
      'It adds more.',
    ]);
  });

  it('reports each unattributed sentence with its offset', () => {
    const text = 'The article argues this. Therefore that is true. It adds more.';
    expect(unattributedSentences(text)).toEqual([{ start: 25, text: 'Therefore that is true.', index: 1 }]);
  });
});

describe('kb:check rejects unattributed sentences and editor notes without date or source', () => {
  const FILE = 'arguments/04-exhaustion-of-remedies.yaml';
  let kb: KnowledgeCopy;
  beforeEach(async () => {
    kb = await copyKnowledge();
  });
  afterEach(() => kb.dispose());

  it('points at the sentence itself: file, line and column', async () => {
    await kb.edit(
      FILE,
      'exhausted. It holds that internal self-determination',
      'exhausted. Internal self-determination',
    );
    const text = await kb.read(FILE);
    const result = await loadKnowledge(kb.dir);
    expect(result.ok).toBe(false);
    const problems = result.ok ? [] : result.problems;
    const line = lineOf(text, 'exhausted. Internal self-determination');
    const column = (text.split('\n')[line - 1] ?? '').indexOf('Internal self-determination') + 1;
    expect(problems).toEqual([
      {
        file: FILE,
        line,
        column,
        message: expect.stringMatching(
          new RegExp(
            /^entry 1, field "rebuttal": sentence 2 is not reported speech \("Internal self-determination, /.source +
              /which it calls/.source,
          ),
        ),
      },
    ]);
  });

  it('a note without a source, or with a date that is not a date, is a located problem', async () => {
    await kb.edit(
      FILE,
      '      source: https://mediamax.am/en/news/foreignpolicy/59419/\n\n- id: integrity',
      '\n- id: integrity',
    );
    await kb.edit(FILE, '    - date: 2025-09-01', '    - date: September 2025');
    const text = await kb.read(FILE);
    const result = await loadKnowledge(kb.dir);
    const problems = result.ok ? [] : result.problems;
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ file: FILE, message: 'entry 2, field "notes.0": missing required field "source"' }),
        expect.objectContaining({
          file: FILE,
          line: lineOf(text, 'date: September 2025'),
          message: 'entry 4, field "notes.0.date": must be a date written YYYY-MM-DD',
        }),
      ]),
    );
    expect(problems).toHaveLength(2);
  });

  it("a topic that is not a question, or repeats another entry's, is a problem", async () => {
    await kb.edit(
      FILE,
      'topic: Which side has blocked a peaceful settlement?',
      'topic: Armenia blocked a peaceful settlement',
    );
    await kb.edit(
      FILE,
      'topic: Did the failure of the Minsk talks exhaust other remedies?',
      'topic: Have all other remedies been exhausted for Karabakh?',
    );
    const result = await loadKnowledge(kb.dir);
    const messages = result.ok ? [] : result.problems.map((p) => p.message);
    expect(messages).toEqual(
      expect.arrayContaining([
        'entry 2, field "topic": must be a short neutral question ending with "?"',
        expect.stringMatching(/^topic repeats the one of entry "last-resort-not-exhausted"/),
      ]),
    );
  });
});
