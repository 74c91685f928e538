import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { askInput as ask } from '../support/ask-input.ts';
import { startHarness, type BotHarness } from '../support/bot-harness.ts';
import { customIds, EPHEMERAL, messageOf } from '../support/payloads.ts';

let bot: BotHarness;
beforeAll(async () => {
  bot = await startHarness();
});
afterAll(() => bot.stop());

describe('/ask through discord.js', () => {
  it('a quote that adds to the rebuttal is shown under it, verbatim', async () => {
    // A card whose quote fits within its 900 characters (card-budget.ts leaves out one that does not).
    const message = messageOf(await bot.reply(ask('why did the armenian share of karabakh fall in soviet times')));
    expect(message.embeds[0]?.title).toBe('Why did the Armenian share of Karabakh fall in Soviet times?');
    const entry = bot.store.current.knowledge.entryById.get('soviet-population-decline');
    expect(message.embeds[0]?.description).toContain(`\n\n> ${entry?.quote.split('\n')[0]}`);
  });

  it('answers with what was asked, topic, claim, attributed rebuttal, reference and source', async () => {
    // Acknowledged in public first (a deferral), then the answer edits it in.
    const [deferral, request] = await bot.send(ask('was karabakh a colony?'), 2);
    expect(deferral?.method).toBe('POST');
    expect(deferral?.path).toMatch(/^\/api\/v10\/interactions\/\d+\/token-\d+\/callback$/);
    expect(deferral?.body).toEqual({ type: 5, data: { flags: 0 } });
    expect(request?.method).toBe('PATCH');
    expect(request?.path).toMatch(/^\/api\/v10\/webhooks\/\d+\/token-\d+\/messages\/@original$/);
    const message = messageOf(request);
    expect(message.flags).toBeUndefined();
    expect(message.allowed_mentions).toEqual({ parse: [], replied_user: false });
    expect(message.embeds).toHaveLength(1);
    const [embed] = message.embeds;
    expect(embed?.title).toBe('Was Karabakh ever a colony?');
    expect(embed?.url).toBeUndefined();
    expect(embed?.description).toMatch(
      new RegExp(
        /^-# Asked: “was karabakh a colony\?”\n\*\*The other side argues:\*\* Karabakh's Armenians lived /.source +
          /under alien rule imposed by Moscow and Baku.*\n\n\*\*The article’s answer:\*\* The article argues /.source +
          /that Karabakh cannot be regarded as a colony/.source,
        's',
      ),
    );
    // The rebuttal says the quote's words already: the quote is left to "Show passage".
    expect(embed?.description).not.toContain('\n\n> ');
    expect(embed?.fields?.[0]).toEqual({
      name: 'Reference',
      value: '§2 Can the Karabakh Conflict be framed within the Colonial Paradigm? · ¶1–2 · p. 2',
    });
    expect(embed?.footer?.text).toBe(
      'From AVİM Analysis 2020/33 (11 Nov 2020), which argues one side; reported, not endorsed.',
    );
    expect(customIds(message)[0]).toBe('cp1:passage:karabakh-not-a-colony');
    expect(customIds(message)[1]).toMatch(/^cp1:others:[a-z0-9-]+(,[a-z0-9-]+)?$/);
    const link = message.components[0]?.components.at(-1);
    expect(link).toMatchObject({
      type: 2,
      style: 5,
      label: 'Read the article',
      url: expect.stringMatching(/^https:\/\/www\.avim\.org\.tr\/en\/Analiz\//),
    });
  });

  it('a close call puts the close runner-ups behind "Other matches", listed once', async () => {
    // Three entries answer "autonomy"; which comes first is the matcher's call. (The two words
    // alone, "azerbaijan autonomy", ask for the topic: a list, tested below.)
    const question = 'what did azerbaijan do about autonomy';
    const result = await bot.store.current.matcher.ask(question);
    const [best, ...close] = result.candidates;
    expect(result.verdict).toBe('close');
    expect(new Set(result.candidates.map((c) => c.entry.id))).toEqual(
      new Set(['aliyev-autonomy-offer', 'autonomy-abolished-1991', 'armenia-rejects-autonomy']),
    );
    const message = messageOf(await bot.reply(ask(question)));
    expect(message.embeds[0]?.title).toBe(best?.entry.topic);
    expect(message.embeds[0]?.fields?.[0]).toEqual({
      name: 'Reference',
      value: expect.stringMatching(/^§\d .+ · ¶\d+ · p\. \d+$/),
    });
    expect(message.embeds[0]?.fields?.map((f) => f.name)).not.toContain('Also close to your question');
    expect(customIds(message)).toContain(`cp1:others:${close.map((c) => c.entry.id).join(',')}`);
  });

  it('public:false answers only the asker (ephemeral)', async () => {
    const message = messageOf(await bot.reply(ask('chiragov v armenia', [{ name: 'public', type: 5, value: false }])));
    expect(message.flags).toBe(EPHEMERAL);
    expect(message.embeds[0]?.title).toBe('What did the European Court of Human Rights find in Chiragov?');
  });

  it('a question with no real overlap gets the plain notice, with no buttons picked on one common word', async () => {
    const message = messageOf(await bot.reply(ask('Who won the 2018 FIFA World Cup?')));
    expect(message.flags).toBe(EPHEMERAL);
    expect(message.embeds[0]?.title).toBe('Not clearly addressed by the article');
    expect(message.embeds[0]?.description).toBe(
      'AVİM Analysis 2020/33 does not clearly address that. Browse the article’s arguments, or ask in other words.',
    );
    // No topic picked on one common word: only the next steps.
    expect(customIds(message)).toEqual(['cp1:sec:e:1:0:avim-2020-33', 'cp1:about:e']);
    expect(message.components[0]?.components.map((c) => c.label)).toEqual(['Browse the article', 'About this bot']);
  });

  it('when the article does not address it: an ephemeral notice with the closest candidates as buttons', async () => {
    const message = messageOf(await bot.reply(ask('my grandmother told me about the soviet census and her recipes')));
    expect(message.flags).toBe(EPHEMERAL);
    expect(message.embeds[0]?.title).toBe('Not clearly addressed by the article');
    expect(message.embeds[0]?.description).toBe(
      'AVİM Analysis 2020/33 does not clearly address that. The nearest topics it does address are below; each ' +
        'shows what the other side argues and the article’s answer. Or browse the article.',
    );
    const ids = customIds(message);
    expect(ids.length).toBeGreaterThan(0);
    // The suggestions and "Post to channel" to share them; then the next steps, for the asker alone.
    expect(ids.slice(-3)).toEqual(['cp1:post', 'cp1:sec:e:1:0:avim-2020-33', 'cp1:about:e']);
    for (const id of ids.slice(0, -3)) expect(id).toMatch(/^cp1:answer:p:[a-z0-9-]+$/);
    const topics = new Set(bot.store.current.knowledge.entries.map((e) => e.topic));
    const labels = (message.components[0]?.components ?? []).map((b) => b.label ?? '');
    expect(labels.at(-1)).toBe('Post to channel');
    for (const label of labels.slice(0, -1)) expect(topics.has(label), label).toBe(true);
  });

  it('answers a choice picked from autocomplete exactly, with its related entries as other matches', async () => {
    const message = messageOf(await bot.reply(ask('kb:minorities-census')));
    expect(message.embeds[0]?.title).toBe('How does Azerbaijan treat its minorities?');
    expect(customIds(message)).toEqual([
      'cp1:passage:minorities-census',
      'cp1:others:ethnic-cleansing-argument',
      'cp1:delete:1600000000000000001',
    ]);
  });

  it('never pings: a question full of mentions gets allowed_mentions that parse nothing', async () => {
    const message = messageOf(
      await bot.reply(ask('@everyone @here <@1600000000000000009> <@&1400000000000000009> was karabakh a colony')),
    );
    expect(message.allowed_mentions).toEqual({ parse: [], replied_user: false });
    expect(message.content).toBeUndefined();
    expect(JSON.stringify(message.embeds)).not.toMatch(/@everyone|@here|<@/);
  });
});
