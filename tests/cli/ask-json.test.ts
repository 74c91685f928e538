// Scripts parse this output (docs/matching.md makes it a contract): every answer is checked against its schema.
import { describe, expect, it } from 'vitest';
import { answerSchema } from '../support/ask-json-schema.ts';
import { runScript } from '../support/run-cli.ts';

const ASK = 'src/cli/ask.ts';

describe('npm run ask', () => {
  it('--json prints one object in the documented shape, with verbatim passages', async () => {
    const run = await runScript(ASK, ['--json', 'Turkey sent jihadist mercenarys']);
    const answer = answerSchema.parse(JSON.parse(run.stdout));
    expect(answer).toMatchObject({
      matcher: 'hybrid',
      kind: 'argument',
      question: 'Turkey sent jihadist mercenarys',
      answered: true,
    });
    expect(answer.results[0]).toMatchObject({
      id: 'turkey-mercenaries-unproved',
      section: 3,
      paragraphs: [4],
      page: 3,
    });
    expect(answer.results[0]?.passages[0]).toMatch(/^Secondly, the military involvement of Turkey/);
    expect(answer.results[0]?.notes[0]).toMatchObject({
      date: '2020-11-11',
      source: expect.stringMatching(/^https:\/\/www\.ohchr\.org\//),
    });
  });

  it('--json: a question about a topic the article does not address is "out-of-scope", with the topic', async () => {
    const run = await runScript(ASK, ['--json', 'who won the 2020 war?']);
    const answer = answerSchema.parse(JSON.parse(run.stdout));
    expect(answer).toMatchObject({
      kind: 'not-addressed',
      answered: false,
      verdict: 'out-of-scope',
      notAddressed: ['who won the 2020 war or which towns changed hands'],
    });
    const text = await runScript(ASK, ['who won the 2020 war?']);
    expect(text.stdout.trim()).toBe(
      'Not addressed: AVİM Analysis 2020/33 (11 November 2020) does not address who won the 2020 war or which ' +
        'towns changed hands.',
    );
  });

  it('--json says how it matched (--matcher lexical: words alone), the kind of reply, the other claims', async () => {
    // Five processes, independent: run together, so that a loaded machine does not time the test out.
    const [lexicalRun, russianRun, twoRun, text, bad] = await Promise.all([
      runScript(ASK, ['--json', '--matcher', 'lexical', 'was karabakh a colony?']),
      runScript(ASK, ['--json', 'Карабах это Армения']),
      runScript(ASK, ['--json', 'Karabakh was always Armenian and the referendum was legal']),
      runScript(ASK, ['Qarabağ Azərbaycandır!']),
      runScript(ASK, ['--matcher', 'semantic', 'x']),
    ]);
    const lexical = answerSchema.parse(JSON.parse(lexicalRun.stdout));
    expect(lexical).toMatchObject({
      matcher: 'lexical',
      kind: 'argument',
      results: [{ id: 'karabakh-not-a-colony' }, {}, {}],
    });
    const russian = answerSchema.parse(JSON.parse(russianRun.stdout));
    expect(russian).toMatchObject({
      matcher: 'hybrid',
      kind: 'other-language',
      language: 'Russian',
      answered: false,
      verdict: 'other-language',
    });
    const two = answerSchema.parse(JSON.parse(twoRun.stdout));
    expect(two).toMatchObject({
      kind: 'not-addressed',
      alsoRaises: [{ id: 'armenians-since-antiquity', topic: 'Have Armenians lived in Karabakh since antiquity?' }],
    });
    expect(text.stdout.trim()).toBe(
      'Not read: the question looks like Azerbaijani; Counterpoint reads English only, and the article is in English.',
    );
    expect([bad.code, bad.stderr.trim().split('\n')[0]]).toEqual([2, '--matcher must be hybrid or lexical']);
  });

  it("--json gains the asker's side, and text mode labels the answer for it", async () => {
    const claim = 'Armenia occupied Azerbaijani territory, this was never about self-determination';
    const lines = [
      claim,
      'Free Artsakh! Its people have the right to self-determination',
      'thanks!',
      'who wrote this article?',
      'genocide',
      'asdfgh',
    ];
    const [json, text] = await Promise.all([
      runScript(ASK, ['--batch', '-', '--json'], { input: `${lines.join('\n')}\n` }),
      runScript(ASK, [claim]),
    ]);
    expect(
      json.stdout
        .trim()
        .split('\n')
        .map((l) => answerSchema.parse(JSON.parse(l)))
        .map((l) => [l.kind, l.stance]),
    ).toEqual([
      ['argument', 'article'],
      ['argument', 'other'],
      ['chat', 'question'],
      ['about', 'question'],
      ['topic', 'question'],
      ['unclear', 'question'],
    ]);
    expect(text.stdout).toMatch(
      new RegExp(
        /^Is the conflict about self-determination or occupation\?\nThe article makes a similar argument: /.source +
          /The article [\s\S]*\n\nThe other side argues: /.source,
      ),
    );
    expect(text.stdout).not.toMatch(/Claim it responds to/);
  });
});
