import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type BotHarness } from '../support/bot-harness.ts';
import { chatInput } from '../support/interactions.ts';
import { callbackType, customIds, EPHEMERAL, messageOf } from '../support/payloads.ts';

let bot: BotHarness;
beforeAll(async () => { bot = await startHarness(); });
afterAll(() => bot.stop());

const ask = (question: string, extra: Record<string, unknown>[] = [], userId?: string) =>
  chatInput('ask', [{ name: 'question', type: 3, value: question }, ...extra], userId ? { userId } : {});

describe('/ask through discord.js', () => {
  it('answers with the claim, the attributed rebuttal, the verbatim quote, the reference and the source', async () => {
    const [request] = await bot.send(ask('was karabakh a colony?'));
    expect(request?.method).toBe('POST');
    expect(request?.path).toMatch(/^\/api\/v10\/interactions\/\d+\/token-\d+\/callback$/);
    expect(callbackType(request)).toBe(4);
    const message = messageOf(request);
    expect(message.flags).toBeUndefined();
    expect(message.allowed_mentions).toEqual({ parse: [] });
    expect(message.embeds).toHaveLength(1);
    const [embed] = message.embeds;
    expect(embed?.title).toBe('Claim: Karabakh was a colony of Azerbaijan, so its Armenians may secede as colonial subjects');
    expect(embed?.url).toMatch(/^https:\/\/www\.avim\.org\.tr\/en\/Analiz\//);
    expect(embed?.description).toMatch(/^The article argues that Karabakh cannot be regarded as a colony/);
    expect(embed?.description).toContain('\n\n> Karabakh cannot be regarded as a colony of Azerbaijan either historically, legally, or politically');
    expect(embed?.fields).toEqual([{ name: 'Reference', value: '§2 Can the Karabakh Conflict be framed within the Colonial Paradigm? · ¶1–2 · p. 2' }]);
    expect(embed?.footer?.text).toMatch(/^Source: AVİM Analysis 2020\/33\. These are the positions of the AVİM article.*penned before the armistice/);
    expect(customIds(message)).toEqual(['cp1:passage:karabakh-not-a-colony', 'cp1:others:armenians-as-settlers']);
    const link = message.components[0]?.components.at(-1);
    expect(link).toMatchObject({ type: 2, style: 5, label: 'Read the article', url: embed?.url });
  });

  it('a close call names the close runner-ups under the answer', async () => {
    const message = messageOf((await bot.send(ask('azerbaijan autonomy')))[0]);
    expect(message.embeds[0]?.title).toBe('Claim: Azerbaijan offers the Karabakh Armenians no security guarantees or autonomy');
    expect(message.embeds[0]?.fields).toEqual([
      { name: 'Reference', value: '§3 The Armenian Argument for Remedial Secession · ¶11 · p. 5' },
      { name: 'Note', value: 'Written during the 2020 war, before the 9 November armistice.' },
      { name: 'Also close to your question', value: '• Azerbaijan is the side blocking a peaceful solution for the Karabakh Armenians' },
    ]);
    expect(customIds(message)).toContain('cp1:others:armenia-rejects-autonomy,internal-self-determination-better');
  });

  it('public:false answers only the asker (ephemeral)', async () => {
    const message = messageOf((await bot.send(ask('chiragov v armenia', [{ name: 'public', type: 5, value: false }])))[0]);
    expect(message.flags).toBe(EPHEMERAL);
    expect(message.embeds[0]?.title).toBe('Claim: Armenia does not control Nagorno-Karabakh; it is a separate matter from Armenia');
  });

  it('when the article does not address it: an ephemeral notice with the closest candidates as buttons', async () => {
    const message = messageOf((await bot.send(ask('what is the population of stepanakert today')))[0]);
    expect(message.flags).toBe(EPHEMERAL);
    expect(message.embeds[0]?.title).toBe('Not clearly addressed by the article');
    expect(message.embeds[0]?.description).toMatch(/AVİM Analysis 2020\/33 does not clearly address that\..*\/section/);
    const ids = customIds(message);
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) expect(id).toMatch(/^cp1:answer:p:[a-z0-9-]+$/);
  });

  it('answers a choice picked from autocomplete exactly, with its related entries as other matches', async () => {
    const message = messageOf((await bot.send(ask('kb:minorities-census')))[0]);
    expect(message.embeds[0]?.title).toBe('Claim: Azerbaijan is intolerant of minorities and cannot be trusted with an Armenian population');
    expect(customIds(message)).toEqual(['cp1:passage:minorities-census', 'cp1:others:ethnic-cleansing-argument']);
  });

  it('never pings: a question full of mentions gets allowed_mentions that parse nothing', async () => {
    const message = messageOf((await bot.send(ask('@everyone @here <@1600000000000000009> <@&1400000000000000009> was karabakh a colony')))[0]);
    expect(message.allowed_mentions).toEqual({ parse: [] });
    expect(message.content).toBeUndefined();
    expect(JSON.stringify(message.embeds)).not.toMatch(/@everyone|@here|<@/);
  });
});

describe('the /ask cooldown', () => {
  let slow: BotHarness;
  beforeAll(async () => { slow = await startHarness({ config: { ASK_COOLDOWN_SECONDS: 30 } }); });
  afterAll(() => slow.stop());

  it('answers a second question too soon politely, and only for that user', async () => {
    const first = messageOf((await slow.send(ask('was karabakh a colony?', [], '1600000000000000031')))[0]);
    expect(first.embeds[0]?.title).toMatch(/^Claim: /);
    const second = messageOf((await slow.send(ask('chiragov v armenia', [], '1600000000000000031')))[0]);
    expect(second.flags).toBe(EPHEMERAL);
    expect(second.embeds[0]).toMatchObject({ title: 'One moment', description: expect.stringMatching(/^You're asking quickly\. You can ask again in (29|30) seconds\.$/) });
    const other = messageOf((await slow.send(ask('chiragov v armenia', [], '1600000000000000032')))[0]);
    expect(other.embeds[0]?.title).toMatch(/^Claim: Armenia does not control/);
  });
});
