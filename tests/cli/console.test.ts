import { describe, expect, it } from 'vitest';
import { runScript } from '../support/run-cli.ts';

describe('npm start without a token: the local console', () => {
  it('answers questions piped into it with cited arguments, and ends with the input', async () => {
    const input = ['was karabakh a colony?', '/ask Turkey sent jihadist mercenarys', '/section 5', '6', "what's the weather in baku", ''].join('\n');
    const run = await runScript('', [], { input, command: ['npm', 'start', '--silent'], timeoutMs: 30_000 });
    expect(run.code).toBe(0);
    const blocks = run.stdout.trim().split(/\n\n(?==)/);
    expect(blocks).toHaveLength(5);
    expect(blocks[0]).toMatch(/^== Was Karabakh ever a colony\? ==\nClaim it responds to: Karabakh's Armenians lived under alien rule.*\n\nThe article argues/);
    expect(blocks[0]).toContain('§2 Can the Karabakh Conflict be framed within the Colonial Paradigm? · ¶1–2 · p. 2');
    expect(blocks[0]).toContain('-- From AVİM Analysis 2020/33 (11 Nov 2020), which argues one side; reported, not endorsed.');
    expect(blocks[0]).toContain('  [1] Show passage');
    expect(blocks[0]).toContain('  Read the article: https://www.avim.org.tr/');
    expect(blocks[0]).not.toContain('karabakh-not-a-colony');
    expect(blocks[1]).toMatch(/^== Did Turkey and Syrian mercenaries fight for Azerbaijan in 2020\? ==/);
    expect(blocks[1]).toContain("Editor's note (November 2020):");
    expect(blocks[1]).toContain('  > Secondly, the military involvement of Turkey and the existence of jihadist mercenaries among the Azerbaijani troops are so far unproved claims.');
    expect(blocks[2]).toMatch(/^== §5 The Imperative of Legality ==\nAVİM Analysis 2020\/33, pages 6–7\./);
    // "6" chose the sixth option of the /section 5 menu: its topic's answer, as a click would.
    expect(blocks[2]).toContain('  [6] Was Karabakh\'s 1988 bid to join Armenia lawful?');
    expect(blocks[3]).toMatch(/^== Was Karabakh's 1988 bid to join Armenia lawful\? ==/);
    expect(blocks[4]).toMatch(/^== Not clearly addressed by the article ==/);
  });
});
