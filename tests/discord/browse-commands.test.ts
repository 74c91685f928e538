import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type BotHarness } from '../support/bot-harness.ts';
import { chatInput } from '../support/interactions.ts';
import { EPHEMERAL, messageOf } from '../support/payloads.ts';

let bot: BotHarness;
beforeAll(async () => {
  bot = await startHarness();
});
afterAll(() => bot.stop());

describe('/section, /source and /help through discord.js', () => {
  it('/section 3: title, pages, thesis, the topics it responds to, and a menu to pick one', async () => {
    const message = messageOf((await bot.send(chatInput('section', [{ name: 'number', type: 4, value: 3 }])))[0]);
    expect(message.flags).toBe(EPHEMERAL);
    const [embed] = message.embeds;
    expect(embed?.title).toBe('§3 The Armenian Argument for Remedial Secession');
    expect(embed?.description).toMatch(
      new RegExp(
        /^AVİM Analysis 2020\/33, pages 3–5\.\n\*\*Thesis:\*\* The article reports that Armenian officials /.source +
          /began arguing for remedial secession[^\n]*\n\n\*\*Claims it responds to: 25\.\*\* Pick one /.source +
          /below\.$/.source,
      ),
    );
    expect(embed?.footer?.text).toBe(
      'From AVİM Analysis 2020/33 (11 Nov 2020), which argues one side; reported, not endorsed.',
    );
    const menu = message.components[0]?.components[0];
    expect(menu).toMatchObject({
      type: 3,
      custom_id: 'cp1:pick:e',
      placeholder: 'Pick a topic: the claim and the article’s answer',
    });
    expect(menu?.options).toHaveLength(25);
    expect(menu?.options?.[0]).toEqual({
      value: 'extermination-argument',
      label: 'Does Azerbaijan intend to exterminate the Karabakh Armenians?',
      description: '¶1 · p. 3',
    });
    for (const o of menu?.options ?? []) expect(o.label.length).toBeLessThanOrEqual(100);
  });

  it('/section with a number the article lacks says which exist', async () => {
    const message = messageOf((await bot.send(chatInput('section', [{ name: 'number', type: 4, value: 9 }])))[0]);
    expect(message.embeds[0]).toMatchObject({
      title: 'No such section',
      description: 'AVİM Analysis 2020/33 has sections 1 to 8.',
    });
    // Not a dead end: the article's first section and the about card are a press away.
    expect(message.components[0]?.components.map((c) => c.label)).toEqual(['Browse the article', 'About this bot']);
  });

  it('/section with a source the bot lacks echoes the typed value escaped: no masked link, no mention', async () => {
    const typed = '[x](https://e.vil) <@16> **b**';
    const message = messageOf(
      (
        await bot.send(
          chatInput('section', [
            { name: 'number', type: 4, value: 1 },
            { name: 'source', type: 3, value: typed },
          ]),
        )
      )[0],
    );
    expect(message.embeds[0]?.title).toBe('Unknown source');
    expect(message.embeds[0]?.description).toBe(
      'There is no source "\\[x\\]\\(https://e.vil\\) \\@user \\*\\*b\\*\\*". Sources: avim-2020-33 (AVİM ' +
        'Analysis 2020/33).',
    );
    expect(message.allowed_mentions).toEqual({ parse: [], replied_user: false });
  });

  it('/source: title, publisher, series and date, whose view it is, table of sections, one link', async () => {
    const message = messageOf((await bot.send(chatInput('source')))[0]);
    expect(message.flags).toBeUndefined();
    const [embed] = message.embeds;
    expect(embed?.title).toBe(
      "The Karabakh Conflict and the Lawfare of Armenia: Armenia's Campaign for Remedial Secession (II)",
    );
    expect(embed?.description).toContain('AVİM (Avrasya İncelemeleri Merkezi), Center for Eurasian Studies, Ankara');
    expect(embed?.description).toContain('Analysis No 2020/33, published 11 November 2020');
    expect(embed?.description).toContain(
      "An analysis by AVİM (Center for Eurasian Studies, Ankara) that argues Azerbaijan's side of a contested " +
        'conflict.',
    );
    expect(embed?.description).toContain(
      "AVİM's note: This article was penned before the armistice agreement of 9 November 2020",
    );
    expect(embed?.fields?.[0]?.name).toBe('Sections');
    expect(embed?.fields?.[0]?.value.split('\n')).toHaveLength(8);
    expect(embed?.fields?.[0]?.value).toContain('§1 Introduction (untitled in the original) (pp. 1–2)');
    expect(embed?.fields?.[0]?.value).toContain('§6 The Inadmissibility of Third-Party Interference (pp. 8–9)');
    // The address once, as the link button: not in the title, not in the text.
    expect(JSON.stringify(message.embeds)).not.toContain('avim.org.tr');
    expect(message.components[0]?.components[0]).toMatchObject({
      style: 5,
      url: expect.stringMatching(/^https:\/\/www\.avim\.org\.tr\//),
      label: 'Read the article',
    });
  });
});
