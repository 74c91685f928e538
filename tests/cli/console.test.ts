import { describe, expect, it } from 'vitest';
import { runScript } from '../support/run-cli.ts';

describe('npm start without a token: the local console', () => {
  it('answers questions piped into it with cited arguments, and ends with the input', async () => {
    const input = [
      'was karabakh a colony?',
      '/ask Turkey sent jihadist mercenarys',
      '/section 5',
      '6',
      "what's the weather in baku",
      '',
    ].join('\n');
    const run = await runScript('', [], { input, command: ['npm', 'start', '--silent'], timeoutMs: 30_000 });
    expect(run.code).toBe(0);
    const blocks = run.stdout.trim().split(/\n\n(?==)/);
    expect(blocks).toHaveLength(5);
    expect(blocks[0]).toMatch(
      new RegExp(
        /^== Was Karabakh ever a colony\? ==\nAsked: “was karabakh a colony\?”\nThe other side argues: /.source +
          /Karabakh's Armenians lived under alien rule.*\n\nThe article’s answer: The article argues/.source,
      ),
    );
    expect(blocks[0]).toContain('§2 Can the Karabakh Conflict be framed within the Colonial Paradigm? · ¶1–2 · p. 2');
    expect(blocks[0]).toContain(
      '-- From AVİM Analysis 2020/33 (11 Nov 2020), which argues one side; reported, not endorsed.',
    );
    expect(blocks[0]).toContain('  [1] Show passage');
    expect(blocks[0]).toContain('  Read the article: https://www.avim.org.tr/');
    expect(blocks[0]).not.toContain('karabakh-not-a-colony');
    expect(blocks[1]).toMatch(/^== Did Turkey and Syrian mercenaries fight for Azerbaijan in 2020\? ==/);
    expect(blocks[1]).toContain("Editor's note (November 2020):");
    expect(blocks[1]).toContain(
      '  > Secondly, the military involvement of Turkey and the existence of jihadist mercenaries among the ' +
        'Azerbaijani troops are so far unproved claims.',
    );
    expect(blocks[2]).toMatch(/^== §5 The Imperative of Legality ==\nAVİM Analysis 2020\/33, pages 6–7\./);
    // "6" chose the sixth option of the /section 5 menu: its topic's answer, as a click would.
    expect(blocks[2]).toContain("  [6] Was Karabakh's 1988 bid to join Armenia lawful?");
    expect(blocks[3]).toMatch(/^== Was Karabakh's 1988 bid to join Armenia lawful\? ==/);
    expect(blocks[4]).toMatch(/^== Not clearly addressed by the article ==/);
  });

  it("a line on the article's side leads with the article's similar argument; hi and thanks get one line", async () => {
    const input = ['Armenia occupied Azerbaijani territory, this was never about self-determination', 'hi', ''].join(
      '\n',
    );
    const run = await runScript('', [], { input, command: ['npm', 'start', '--silent'], timeoutMs: 30_000 });
    const blocks = run.stdout.trim().split(/\n\n(?==)/);
    expect(blocks[0]).toMatch(/\nThe article makes a similar argument: The article [\s\S]*\n\nThe other side argues: /);
    expect(blocks[0]).not.toMatch(/Claim it responds to/);
    expect(blocks[1]).toMatch(/^== Counterpoint ==\nHi! Send a claim or a question/);
  });

  it('/counter answers each claim of a whole message, and @bot answers as a mention does', async () => {
    const input = [
      '/counter lol. Turkey sent jihadists from Syria! Anyway, Karabakh was a colony of Baku.',
      '@bot chiragov v armenia',
      '@bot',
      '',
    ].join('\n');
    const run = await runScript('', [], { input, command: ['npm', 'start', '--silent'], timeoutMs: 30_000 });
    expect(run.code).toBe(0);
    const blocks = run.stdout.trim().split(/\n\n(?==)/);
    expect(blocks.map((b) => b.split('\n')[0])).toEqual([
      '== Did Turkey and Syrian mercenaries fight for Azerbaijan in 2020? ==',
      '== Was Karabakh ever a colony? ==',
      '== What did the European Court of Human Rights find in Chiragov? ==',
      '== Ask me after the mention ==',
    ]);
    expect(blocks[0]).toContain('In the message: “Turkey sent jihadists from Syria!”');
    expect(blocks[1]).toContain('In the message: “Anyway, Karabakh was a colony of Baku.”');
    // "Post as reply", "Post to channel" and "Delete" act on a Discord channel: no console choices.
    expect(run.stdout).not.toMatch(/Post as reply|Post to channel|\bDelete\b/);
  });

  it('/help is the console’s own list; /entry without an id or with an unknown one says what to type', async () => {
    const run = await runScript('', [], {
      input: ['/help', '/entry', '/entry no-such-entry', ''].join('\n'),
      command: ['npm', 'start', '--silent'],
      timeoutMs: 30_000,
    });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Type a question or a claim, or:\n  /ask <question>');
    expect(run.stdout).toContain('  /reload              reload the knowledge files');
    expect(run.stdout).toContain(
      'It reports what the article argues, always attributed to it; it takes no side of its own.',
    );
    // Not the Discord card: no option names, no double colons, no "expired" buttons.
    expect(run.stdout).not.toMatch(/question::|expired/);
    expect(run.stdout).toContain('== No such entry ==\nType /entry followed by an entry id from the knowledge files.');
    expect(run.stdout).toContain(
      '== No such entry ==\nNo entry has the id "no-such-entry". npm run kb:check lists the knowledge base.',
    );
  });

  it('"quit" or "exit" leaves, as /quit does: nothing after it is read', async () => {
    for (const word of ['quit', 'Exit']) {
      const run = await runScript('', [], {
        input: ['was karabakh a colony?', word, 'was karabakh a colony?', ''].join('\n'),
        command: ['npm', 'start', '--silent'],
        timeoutMs: 30_000,
      });
      expect(run.code).toBe(0);
      expect(run.stdout.match(/== Was Karabakh ever a colony\? ==/g)).toHaveLength(1);
      expect(run.stdout).not.toContain('Hi! Send a claim');
    }
  });
});
