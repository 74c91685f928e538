import { Client } from 'discord.js';
import { afterEach, describe, expect, it } from 'vitest';
import { exposeReloader, parseShardReports, reloadOnShard } from '../../src/discord/shard-reload.ts';
import { Reloader } from '../../src/reload/reloader.ts';
import { shardedReloadReply } from '../../src/replies/reload-replies.ts';
import { copyKnowledge } from '../support/knowledge-copy.ts';
import { EXTRA_ENTRY, storeFor } from '../support/reload-fixtures.ts';

const HOOK = Symbol.for('counterpoint.reload');
afterEach(() => {
  Reflect.deleteProperty(globalThis, HOOK);
});

describe('reloading across shards, without a gateway', () => {
  it('the function broadcastEval sends reloads each shard and reports, even from its source text', async () => {
    const kb = await copyKnowledge();
    try {
      const store = await storeFor(kb.dir);
      exposeReloader(new Reloader(store, kb.dir));
      await kb.write('arguments/08-conclusion.yaml', (await kb.read('arguments/08-conclusion.yaml')) + EXTRA_ENTRY);
      const client = new Client({ intents: [] });
      // broadcastEval evaluates the function's source in the shard: run it the same way.
      const asShard = new Function('client', 'context', `return (${reloadOnShard.toString()})(client, context);`);
      const result: unknown = await asShard(client, { origin: { via: 'discord', by: 'admin (1)' } });
      expect(result).toMatchObject({ shard: 0, report: { ok: true, added: ['added-by-admin'] } });
      expect(store.current.knowledge.entryById.has('added-by-admin')).toBe(true);
      await client.destroy();
    } finally {
      await kb.dispose();
    }
  });

  it('a shard without a reloader reports that it failed', async () => {
    const client = new Client({ intents: [] });
    expect(await reloadOnShard(client, { origin: { via: 'console' } })).toMatchObject({
      shard: 0,
      report: { ok: false, reason: 'error', problems: [{ message: 'this shard has no reloader' }] },
    });
    await client.destroy();
  });

  it('aggregates every shard: failures named, malformed answers counted as failures', () => {
    const ok = {
      ok: true,
      ms: 12,
      before: { sources: 1, sections: 8, entries: 44 },
      after: { sources: 1, sections: 8, entries: 45 },
      added: ['added-by-admin'],
      removed: [],
      changed: [],
    };
    const failed = {
      ok: false,
      ms: 9,
      reason: 'problems',
      problems: [{ file: 'arguments/08-conclusion.yaml', line: 3, column: 12, message: 'YAML syntax: bad' }],
    };
    const reports = parseShardReports([
      { shard: 2, report: ok },
      { shard: 0, report: ok },
      { shard: 1, report: failed },
      'garbage',
    ]);
    expect(reports.map((r) => [r.shard, r.report.ok])).toEqual([
      [0, true],
      [1, false],
      [2, true],
      [3, false],
    ]);
    const card = shardedReloadReply(reports).cards[0];
    expect(card?.title).toBe('Reload failed on 2 of 4 shards: shard 1, shard 3 kept the knowledge base in use');
    expect(card?.description?.split('\n')).toEqual([
      'Shard 0: reloaded. Sources 1 → 1, sections 8 → 8, entries 44 → 45; took 12 ms.',
      'Shard 1: failed, kept its knowledge base. 1 problem in the knowledge files:',
      'Shard 2: reloaded. Sources 1 → 1, sections 8 → 8, entries 44 → 45; took 12 ms.',
      'Shard 3: failed, kept its knowledge base. 1 problem in the knowledge files:',
    ]);
    expect(card?.fields).toContainEqual({ name: 'Added (1)', value: 'added-by-admin' });
    expect(card?.fields).toContainEqual({
      name: 'Problems',
      value: '`arguments/08-conclusion.yaml:3:12  YAML syntax: bad`',
    });
  });

  it('all shards reloaded: one line each under a success title', () => {
    const ok = {
      ok: true,
      ms: 5,
      before: { sources: 1, sections: 8, entries: 44 },
      after: { sources: 1, sections: 8, entries: 44 },
      added: [],
      removed: [],
      changed: [],
    };
    const card = shardedReloadReply(
      parseShardReports([
        { shard: 0, report: ok },
        { shard: 1, report: ok },
      ]),
    ).cards[0];
    expect(card?.title).toBe('Knowledge base reloaded on all 2 shards');
  });
});
