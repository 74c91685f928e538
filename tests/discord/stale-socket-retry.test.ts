// A kept-alive connection that the server closes as a request is written to it fails the request
// with undici's "other side closed", which discord.js does not retry. The bot's REST managers send
// an idempotent request (the edit of a deferred answer, a deletion) once more; a POST never.
import { Readable } from 'node:stream';
import { REST, Routes } from 'discord.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { InteractionAwareRest } from '../../src/discord/interaction-rest.ts';
import { FakeDiscordRest } from '../support/fake-discord-rest.ts';
import { APP_ID, CHANNEL_ID } from '../support/interactions.ts';

let discord: FakeDiscordRest;
beforeEach(async () => {
  discord = await new FakeDiscordRest().start();
});
afterEach(() => discord.stop());

/** The stand-in hangs up on the first `times` requests of `method`, then answers as usual. */
function hangUpOn(method: string, times: number): void {
  let left = times;
  discord.override = (request) => {
    if (request.method !== method || left === 0) return undefined;
    left -= 1;
    return { hangUp: true };
  };
}

function client(rest: REST): REST {
  return rest.setToken('test.token.value');
}

const edit = { content: 'the answer' };
const edit0 = edit;
const editRoute = Routes.webhookMessage(APP_ID, 'tok', '@original');

describe('a connection closed under a request', () => {
  it("fails discord.js's own manager: the reason for the retry", async () => {
    hangUpOn('PATCH', 1);
    const rest = client(new REST({ api: discord.api, retries: 3 }));
    await expect(rest.patch(editRoute, { auth: false, body: edit })).rejects.toMatchObject({ code: 'UND_ERR_SOCKET' });
    expect(discord.requests).toHaveLength(1);
  });

  it('sends the edit of a deferred answer once more, with the same body', async () => {
    hangUpOn('PATCH', 1);
    const rest = client(new InteractionAwareRest({ api: discord.api }));
    const sent = (await rest.patch(editRoute, { auth: false, body: edit })) as { content: string };
    expect(sent.content).toBe('the answer');
    expect(discord.requests).toHaveLength(2);
    expect(discord.requests[1]?.path).toBe(discord.requests[0]?.path);
    expect(discord.requests.map((r) => r.body)).toEqual([edit, edit]);
  });

  it("sends a deletion made with the bot's token once more", async () => {
    hangUpOn('DELETE', 1);
    const rest = client(new InteractionAwareRest({ api: discord.api }));
    await rest.delete(Routes.channelMessage(CHANNEL_ID, '1300000000000000001'));
    expect(discord.requests.map((r) => r.method)).toEqual(['DELETE', 'DELETE']);
    expect(discord.requests[0]?.headers.authorization).toBe('Bot test.token.value');
  });

  it('gives up after one more try', async () => {
    hangUpOn('PATCH', 2);
    const rest = client(new InteractionAwareRest({ api: discord.api }));
    await expect(rest.patch(editRoute, { auth: false, body: edit })).rejects.toMatchObject({ code: 'UND_ERR_SOCKET' });
    expect(discord.requests).toHaveLength(2);
  });

  it('never sends a follow-up message twice', async () => {
    hangUpOn('POST', 1);
    const rest = client(new InteractionAwareRest({ api: discord.api }));
    const followUp = rest.post(Routes.webhook(APP_ID, 'tok'), { auth: false, body: { content: 'more' } });
    await expect(followUp).rejects.toMatchObject({ code: 'UND_ERR_SOCKET' });
    expect(discord.requests).toHaveLength(1);
  });

  it('passes any other refusal of a callback sent again on as it came', async () => {
    hangUpOn('POST', 1);
    const refusal = { code: 10062, message: 'Unknown interaction' };
    const first = discord.override;
    discord.override = (request) => first?.(request) ?? { status: 404, json: refusal };
    const rest = client(new InteractionAwareRest({ api: discord.api }));
    const callback = rest.post(Routes.interactionCallback('1500000000000000001', 'tok'), {
      auth: false,
      body: { type: 5 },
    });
    await expect(callback).rejects.toMatchObject({ code: 10062, status: 404 });
    expect(discord.requests).toHaveLength(2);
  });

  it('reads "unknown message" after a deletion sent again as the deletion it is', async () => {
    let deletions = 0;
    discord.override = (request) => {
      if (request.method !== 'DELETE') return undefined;
      deletions += 1;
      return deletions === 1 ? { hangUp: true } : { status: 404, json: { code: 10008, message: 'Unknown Message' } };
    };
    const rest = client(new InteractionAwareRest({ api: discord.api }));
    await rest.delete(Routes.webhookMessage(APP_ID, 'tok', '@original'), { auth: false });
    expect(deletions).toBe(2);
  });

  it('passes "already acknowledged" on when the callback asked for the response it cannot now give', async () => {
    let callbacks = 0;
    discord.override = () => {
      callbacks += 1;
      if (callbacks === 1) return { hangUp: true };
      return { status: 400, json: { code: 40060, message: 'Interaction has already been acknowledged.' } };
    };
    const rest = client(new InteractionAwareRest({ api: discord.api }));
    const callback = rest.post(Routes.interactionCallback('1500000000000000001', 'tok'), {
      auth: false,
      body: { type: 5 },
      query: new URLSearchParams({ with_response: 'true' }),
    });
    await expect(callback).rejects.toMatchObject({ code: 40060 });
    expect(callbacks).toBe(2);
  });

  it('never sends a body twice that the first attempt used up (a stream)', async () => {
    hangUpOn('PATCH', 1);
    const rest = client(new InteractionAwareRest({ api: discord.api }));
    const edit = rest.patch(editRoute, {
      auth: false,
      body: Readable.from([Buffer.from(JSON.stringify(edit0))]),
      passThroughBody: true,
      headers: { 'Content-Type': 'application/json' },
    });
    await expect(edit).rejects.toMatchObject({ code: 'UND_ERR_SOCKET' });
    expect(discord.requests).toHaveLength(1);
  });
});
