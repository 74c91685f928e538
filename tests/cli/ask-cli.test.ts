import { describe, expect, it } from 'vitest';
import { runScript } from '../support/run-cli.ts';

const ASK = 'src/cli/ask.ts';

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
});
