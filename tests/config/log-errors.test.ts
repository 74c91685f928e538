import { DiscordAPIError, HTTPError } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { createLogger, routeOf, serializeError } from '../../src/log.ts';

const QUESTION = 'was the quokka-zanzibar treaty of 1899 ever signed';
const INTERACTION_TOKEN = 'aW50ZXJhY3Rpb246MTUwMDAwMDAwMDAwMDAwMDAwMTpzZWNyZXQ';
const TOKEN_URL = `https://discord.com/api/v10/interactions/1500000000000000001/${INTERACTION_TOKEN}/callback?a=1`;

/** A DiscordAPIError as discord.js makes it for a reply Discord refused: the reply echoes the question. */
const refused = () =>
  new DiscordAPIError(
    { code: 50035, message: 'Invalid Form Body', errors: { data: { content: { _errors: [] } } } },
    50035,
    400,
    'POST',
    TOKEN_URL,
    { body: { type: 4, data: { content: `No match for “${QUESTION}”` } } },
  );

/** Every line a logger writes for `fields`, at trace. */
function logged(fields: Record<string, unknown>): string {
  const lines: string[] = [];
  createLogger('trace', undefined, { write: (line: string) => lines.push(line) }).error(fields, 'failed');
  expect(lines).toHaveLength(1);
  return lines[0] ?? '';
}

describe('errors in the log', () => {
  it('a DiscordAPIError keeps what went wrong and where, never the body sent nor the interaction token', () => {
    const error = refused();
    expect(JSON.stringify(error.requestBody)).toContain(QUESTION);
    const line = logged({ err: error });
    expect(JSON.parse(line).err).toMatchObject({
      type: 'DiscordAPIError',
      name: 'DiscordAPIError[50035]',
      message: 'Invalid Form Body',
      code: 50035,
      status: 400,
      method: 'POST',
      url: '/api/v10/interactions/1500000000000000001/:token/callback',
      stack: expect.stringContaining('DiscordAPIError[50035]: Invalid Form Body'),
    });
    expect(line).not.toContain(QUESTION);
    expect(line).not.toContain(INTERACTION_TOKEN);
    expect(line).not.toContain('requestBody');
    expect(line).not.toContain('rawError');
  });

  it('an HTTPError (a 5xx) and an error given as the first argument go the same way', () => {
    const error = new HTTPError(500, 'Internal Server Error', 'PATCH', TOKEN_URL.replace('interactions', 'webhooks'), {
      body: { content: QUESTION },
    });
    const lines: string[] = [];
    createLogger('trace', undefined, { write: (line: string) => lines.push(line) }).error(error);
    expect(JSON.parse(lines[0] ?? '{}').err).toMatchObject({ type: 'HTTPError', status: 500, method: 'PATCH' });
    expect(lines[0]).not.toContain(QUESTION);
    expect(lines[0]).not.toContain(INTERACTION_TOKEN);
  });

  it('follows causes, and says nothing of a thrown object but its kind', () => {
    const wrapped = new Error('could not deliver', { cause: refused() });
    const line = logged({ err: wrapped });
    expect(JSON.parse(line).err.cause).toMatchObject({ type: 'DiscordAPIError', code: 50035 });
    expect(line).not.toContain(QUESTION);
    expect(serializeError({ content: QUESTION })).toEqual({ type: 'object', message: '[non-error object]' });
    expect(serializeError('plain words')).toEqual({ type: 'string', message: 'plain words' });
  });

  it('turns a REST url into a route without tokens or query', () => {
    expect(routeOf('http://127.0.0.1:9/api/v10/webhooks/1000000000000000001/token-15/messages/%40original')).toBe(
      '/api/v10/webhooks/1000000000000000001/:token/messages/%40original',
    );
    expect(routeOf('/api/v10/channels/1100000000000000001/messages?x=1')).toBe(
      '/api/v10/channels/1100000000000000001/messages',
    );
  });
});
