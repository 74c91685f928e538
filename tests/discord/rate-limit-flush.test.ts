// The shutdown flush of the rate-limit log (src/discord/rest-events.ts), on its own: an emitter in the
// place of discord.js's REST manager, so that a wait can be made to come after the flush.
import { EventEmitter } from 'node:events';
import { RESTEvents, type Client, type RateLimitData } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { attachRestLogging, MORE_RATE_LIMITED, RATE_LIMITED } from '../../src/discord/rest-events.ts';
import { createLogger } from '../../src/log.ts';

const wait = (route: string): RateLimitData =>
  ({
    route,
    method: 'patch',
    retryAfter: 120,
    global: false,
    limit: 5,
    scope: 'user',
    hash: 'abcd',
    majorParameter: '1',
    url: `https://discord.com/api/v10${route}`,
    timeToReset: 120,
    sublimitTimeout: 0,
  }) as RateLimitData;

function logged() {
  const rest = new EventEmitter();
  const lines: Record<string, unknown>[] = [];
  const logger = createLogger('info', undefined, { write: (line: string) => void lines.push(JSON.parse(line)) });
  const flush = attachRestLogging({ rest } as unknown as Client, logger, 60_000);
  return { emit: (route: string) => rest.emit(RESTEvents.RateLimited, wait(route)), flush, lines };
}

describe('the rate-limit log at shutdown', () => {
  it('sums up an open window when flushed, then logs each later wait as it comes', () => {
    const { emit, flush, lines } = logged();
    for (let i = 0; i < 5; i++) emit('/webhooks/:id/:token/messages/@original');
    expect(lines.map((l) => l.msg)).toEqual([RATE_LIMITED]);
    flush();
    expect(lines.map((l) => l.msg)).toEqual([RATE_LIMITED, MORE_RATE_LIMITED]);
    expect(lines[1]).toMatchObject({ requests: 4, method: 'PATCH' });
    // A request still queued when the client stopped: no window is left to close, so it is logged at once.
    emit('/channels/:id/messages');
    emit('/channels/:id/messages');
    expect(lines.map((l) => l.msg)).toEqual([RATE_LIMITED, MORE_RATE_LIMITED, RATE_LIMITED, RATE_LIMITED]);
    expect(JSON.stringify(lines)).not.toContain('discord.com');
  });
});
