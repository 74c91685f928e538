import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { copyKnowledge, type KnowledgeCopy } from '../support/knowledge-copy.ts';
import { runScript } from '../support/run-cli.ts';

const ASK = 'src/cli/ask.ts';

// The JSON contract of `npm run ask -- --json`, as docs/matching.md documents it.
const resultSchema = z.strictObject({
  id: z.string(),
  source: z.string(),
  section: z.number(),
  sectionTitle: z.string(),
  paragraphs: z.array(z.number()),
  page: z.number(),
  passages: z.array(z.string()),
  topic: z.string().endsWith('?'),
  claim: z.string().nullable(),
  rebuttal: z.string(),
  quote: z.string(),
  notes: z.array(z.strictObject({ date: z.iso.date(), text: z.string(), source: z.url() })),
  score: z.number().min(0).max(1),
});
const answerSchema = z.strictObject({
  matcher: z.enum(['hybrid', 'lexical']),
  kind: z.enum(['argument', 'topic', 'about', 'chat', 'not-addressed', 'other-language', 'unclear']),
  stance: z.enum(['article', 'other', 'question']),
  language: z.string().optional(),
  question: z.string(),
  answered: z.boolean(),
  verdict: z.string(),
  close: z.array(z.string()),
  notAddressed: z.array(z.string()),
  results: z.array(resultSchema).max(5), // a topic lists up to 5
  alsoRaises: z.array(z.strictObject({ id: z.string(), topic: z.string() })).max(2),
});

describe('npm run ask', () => {
  it('prints topic, claim, rebuttal, verbatim quote and reference, then other candidates', async () => {
    const run = await runScript(ASK, ['was karabakh a colony?']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(
      /^Was Karabakh ever a colony\?\nThe other side argues: Karabakh's Armenians lived under alien rule/,
    );
    expect(run.stdout).toMatch(
      /^The article’s answer: The article argues that Karabakh cannot be regarded as a colony/m,
    );
    expect(run.stdout).toContain(
      '"Karabakh cannot be regarded as a colony of Azerbaijan either historically, legally, or politically',
    );
    expect(run.stdout).toContain(
      '§2 Can the Karabakh Conflict be framed within the Colonial Paradigm?, ¶1–2, p. 2 — AVİM Analysis 2020/33',
    );
    expect(run.stdout).toMatch(/Other candidates:\n {2}2\. .+\n.+\n {2}3\. /);
  });

  it('says so when not answered, with no suggestions picked on a common word', async () => {
    const run = await runScript(ASK, ["what's the weather in baku"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(
      'Not answered: the article does not clearly address this question.\nTry other words, or browse the ' +
        'sections with /section in Discord (or the console).\n',
    );
  });

  it('--claims prints each claim of a message with its span and answer', async () => {
    const message =
      'lol <@123456789012345678> whatever. Turkey sent jihadists from Syria! https://example.com/x\nKarabakh ' +
      'is Azerbaijan.';
    const run = await runScript(ASK, ['--claims', message]);
    expect(run.code).toBe(0);
    const out = JSON.parse(run.stdout) as {
      text: string;
      claims: {
        span: { start: number; end: number; text: string };
        result: { answered: boolean; results: { id: string }[] };
      }[];
    };
    expect(out.text).toBe(message);
    expect(out.claims.map((c) => [c.span.text, c.result.results[0]?.id])).toEqual([
      ['Turkey sent jihadists from Syria!', 'turkey-mercenaries-unproved'],
      ['Karabakh is Azerbaijan.', 'occupation-not-self-determination'],
    ]);
    for (const { span } of out.claims) expect(message.slice(span.start, span.end)).toBe(span.text);
  });

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

  it('--batch reads a file, one line per question, in order; JSON Lines with --json', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'counterpoint-batch-'));
    const file = path.join(dir, 'questions.txt');
    await writeFile(file, 'was karabakh a colony?\n\nhello\nthe Minsk group failed so secession is the only option\n');
    const text = await runScript(ASK, ['--batch', file]);
    expect(text.stdout.trim().split('\n')).toEqual([
      expect.stringMatching(/^was karabakh a colony\?\t=> karabakh-not-a-colony /),
      'hello\t=> chat: -',
      expect.stringMatching(/^the Minsk group failed so secession is the only option\t=> minsk-group-ineffective /),
    ]);
    const json = await runScript(ASK, ['--batch', file, '--json']);
    const lines = json.stdout
      .trim()
      .split('\n')
      .map((l) => answerSchema.parse(JSON.parse(l)));
    expect(lines.map((l) => [l.question, l.answered, l.results[0]?.id])).toEqual([
      ['was karabakh a colony?', true, 'karabakh-not-a-colony'],
      ['hello', false, undefined],
      ['the Minsk group failed so secession is the only option', true, 'minsk-group-ineffective'],
    ]);
  });

  it("--batch in text mode never writes the input's terminal escape sequences back", async () => {
    const run = await runScript(ASK, ['--batch', '-'], {
      input: 'chiragov \u001b[2J\u001b]0;pwned\u0007v armenia\u009b31m\n',
    });
    expect(run.code).toBe(0);
    // Echoed without the escapes; whether it is answered is the matcher's call (the escapes' own
    // letters, "2J" and "31m", are words it does not know, and the meaning is not sure of them).
    expect(run.stdout).toMatch(/^chiragov v armenia\t=> /);
    expect(run.stdout).not.toMatch(/[\u001b\u0007\u009b]/);
  });

  it('--batch - reads standard input', async () => {
    const run = await runScript(ASK, ['--batch', '-', '--json'], {
      input: 'chiragov v armenia\nwho won the world cup\n',
    });
    const lines = run.stdout
      .trim()
      .split('\n')
      .map((l) => answerSchema.parse(JSON.parse(l)));
    expect(lines.map((l) => l.answered)).toEqual([true, false]);
  });

  describe('bad input: a clear message and exit code, never a stack trace', () => {
    const noStack = (text: string) => expect(text).not.toMatch(/\n\s+at /);

    it('an empty question', async () => {
      const run = await runScript(ASK, ['   ']);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/^the question is empty\nusage: /);
      noStack(run.stderr);
    });

    it('an unreadable batch file', async () => {
      const run = await runScript(ASK, ['--batch', '/no/such/file.txt']);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/^cannot read the batch file \/no\/such\/file\.txt \(ENOENT\)/);
      noStack(run.stderr);
    });

    it('an unknown flag', async () => {
      const run = await runScript(ASK, ['--jsn', 'x']);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/Unknown option '--jsn'/);
    });

    let broken: KnowledgeCopy;
    beforeAll(async () => {
      broken = await copyKnowledge();
    });
    afterAll(() => broken.dispose());

    it('a knowledge directory with problems lists them, as kb:check does', async () => {
      await broken.edit(
        'arguments/02-colonial-paradigm.yaml',
        'related: [colonial-framing-scholarship, armenians-as-settlers]',
        'related: [nope]',
      );
      const run = await runScript(ASK, ['--knowledge', broken.dir, 'was karabakh a colony?']);
      expect(run.code).toBe(1);
      expect(run.stdout).toBe('');
      expect(run.stderr).toMatch(
        /has 1 problem\(s\)[\s\S]*arguments\/02-colonial-paradigm\.yaml:\d+:\d+ {2}related id "nope" is not an entry/,
      );
      noStack(run.stderr);
    });
  });
});
