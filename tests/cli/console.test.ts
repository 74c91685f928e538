import { describe, expect, it } from 'vitest';
import { runScript } from '../support/run-cli.ts';

describe('npm start without a token: the local console', () => {
  it('answers questions piped into it with cited arguments, and ends with the input', async () => {
    const input = ['was karabakh a colony?', '/ask Turkey sent jihadist mercenarys', '/section 5', '/passage soviet-decisions-1988', "what's the weather in baku", ''].join('\n');
    const run = await runScript('', [], { input, command: ['npm', 'start', '--silent'], timeoutMs: 30_000 });
    expect(run.code).toBe(0);
    const blocks = run.stdout.trim().split(/\n\n(?==)/);
    expect(blocks).toHaveLength(5);
    expect(blocks[0]).toMatch(/^== Claim: Karabakh was a colony of Azerbaijan, so its Armenians may secede as colonial subjects ==\nThe article argues/);
    expect(blocks[0]).toContain('§2 Can the Karabakh Conflict be framed within the Colonial Paradigm? · ¶1–2 · p. 2');
    expect(blocks[0]).toContain('-- Source: AVİM Analysis 2020/33.');
    expect(blocks[0]).toContain('» Show passage: /passage karabakh-not-a-colony');
    expect(blocks[1]).toMatch(/^== Claim: Turkey's military involvement and jihadist mercenaries prove/);
    expect(blocks[1]).toContain('  > Secondly, the military involvement of Turkey and the existence of jihadist mercenaries among the Azerbaijani troops are so far unproved claims.');
    expect(blocks[2]).toMatch(/^== §5 The Imperative of Legality ==\nAVİM Analysis 2020\/33, pages 6–7\./);
    expect(blocks[3]).toContain('In addition to these, it should also be underlined that on 23 March 1988 the Supreme Soviet');
    expect(blocks[4]).toMatch(/^== Not clearly addressed by the article ==/);
  });
});
