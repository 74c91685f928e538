import { describe, expect, it } from 'vitest';
import { tally } from '../../src/reload/host-tally.ts';
import { hostLabel } from '../../src/reload/open-sync.ts';
import type { ReloadReport } from '../../src/reload/reload-report.ts';
import { reloadReply } from '../../src/replies/reload-replies.ts';
import { withHosts } from '../../src/replies/shared-reload-replies.ts';

const applied: ReloadReport = {
  ok: true,
  ms: 812,
  before: { sources: 1, sections: 8, entries: 60 },
  after: { sources: 1, sections: 8, entries: 61 },
  added: ['added-by-admin'],
  removed: [],
  changed: [],
};
const at = 0;

describe("a /reload's report when hosts share the knowledge base", () => {
  it('sorts hosts into serving, failed and silent for a version', () => {
    const outcome = tally(4, [
      { host: 'a', version: 4, seenAt: at },
      { host: 'b', version: 5, seenAt: at },
      { host: 'c', version: 3, failed: { version: 4, reason: 'bad YAML' }, seenAt: at },
      { host: 'd', version: 3, failed: { version: 2, reason: 'old' }, seenAt: at },
      { host: 'e', version: undefined, seenAt: at },
    ]);
    expect(outcome).toEqual({
      version: 4,
      serving: ['a', 'b'],
      failed: [{ host: 'c', reason: 'bad YAML' }],
      silent: ['d', 'e'],
    });
  });

  it('says how many hosts serve the new version and names those that failed or are silent', () => {
    const reply = withHosts(reloadReply(applied), {
      tally: { version: 7, serving: ['a'], failed: [{ host: 'b', reason: 'x.yaml:3:1 bad' }], silent: ['c'] },
    });
    const [card] = reply.cards;
    expect(reply.ephemeral).toBe(true);
    expect(card?.title).toBe('Knowledge base reloaded: version 7');
    expect(card?.tone).toBe('error');
    expect(card?.fields?.[0]).toEqual({
      name: 'Hosts',
      value: [
        '1 of 3 hosts serve version 7: `a`.',
        '`b` failed and keeps the version it had: x.yaml:3:1 bad',
        'Not answered yet: `c`.',
      ].join('\n'),
    });
    expect(card?.fields?.map((f: { name: string }) => f.name)).toContain('Added (1)');
  });

  it('says plainly when the database could not be reached, and that the files are shared later', () => {
    const [card] = withHosts(reloadReply(applied), {
      reason: 'connect ECONNREFUSED 127.0.0.1:5432',
      later: true,
    }).cards;
    expect(card?.title).toBe('Knowledge base reloaded');
    expect(card?.fields?.[0]?.name).toBe('Not shared with other hosts');
    expect(card?.fields?.[0]?.value).toMatch(/ECONNREFUSED.*shared once the database is back/s);
    const keptNowhere = withHosts(reloadReply(applied), {
      reason: 'the files could not be kept in data',
      later: false,
    });
    expect(keptNowhere.cards[0]?.fields?.[0]?.value).not.toMatch(/once the database is back/);
    expect(withHosts(reloadReply(applied), undefined)).toEqual(reloadReply(applied));
  });

  it('names a host by HOST_NAME and, under the sharding manager, its shards', () => {
    expect(hostLabel('host-a', undefined)).toBe('host-a');
    expect(hostLabel('host-a', '3')).toBe('host-a/shard-3');
    expect(hostLabel('host-a', '[0, 1]')).toBe('host-a/shard-0+1');
  });
});
