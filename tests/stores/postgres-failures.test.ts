import { describe, expect, it } from 'vitest';
import { CONNECTION_LOST, withCode } from '../../src/stores/postgres/connection.ts';
import { passing } from '../../src/stores/postgres/postgres-stores.ts';
import { storeFailure } from '../../src/stores/store-errors.ts';
import { WriteQueue } from '../../src/stores/write-queue.ts';
import { KeptLog } from '../support/insights-fixtures.ts';

const failing = (code: string | undefined, message = 'refused') => Object.assign(new Error(message), { code });

/** A write that fails with `code` `times` times, then is written; how many tries it took. */
async function triesOf(code: string, times: number): Promise<{ ok: boolean; tries: number }> {
  const queue = new WriteQueue(new KeptLog(), { backoffMs: [1] });
  let tries = 0;
  const written = await queue.add(async () => {
    tries++;
    if (tries <= times) throw failing(code);
    return 'written';
  });
  return { ok: written.ok, tries };
}

describe("PostgreSQL's failures, as the write queue and the admins see them", () => {
  it('waits out a server that is down, restarting or out of connections, and a missing permission', async () => {
    for (const code of ['ECONNREFUSED', CONNECTION_LOST, '57P01', '57P03', '53300', '08006', '40P01', '42501']) {
      expect(await triesOf(code, 4), code).toEqual({ ok: true, tries: 5 });
    }
  });

  it('gives up at once a write the server can never take: bad data, a constraint, bad SQL', async () => {
    for (const code of ['22P02', '23505', '42601', '42P01']) {
      expect(await triesOf(code, 4), code).toEqual({ ok: false, tries: 1 });
    }
  });

  it("gives node-postgres's connection failures a code, and leaves other errors as they are", () => {
    for (const message of [
      'Connection terminated unexpectedly',
      'timeout exceeded when trying to connect',
      'Client has encountered a connection error and is not queryable',
    ]) {
      expect((withCode(new Error(message)) as { code?: string }).code, message).toBe(CONNECTION_LOST);
    }
    const bug = new TypeError('rows.map is not a function');
    expect(withCode(bug)).not.toHaveProperty('code');
    expect((withCode(failing('23505')) as { code: string }).code).toBe('23505');
  });

  it('tells a failure to wait out at start from one the operator must fix', () => {
    expect(
      ['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', CONNECTION_LOST, '57P03', '08001'].every((c) => passing(failing(c))),
    ).toBe(true);
    expect(['28P01', '3D000', 'PG_SCHEMA_NEWER', undefined].some((c) => passing(failing(c)))).toBe(false);
  });

  it('words the causes for admins', () => {
    expect(storeFailure(failing('ECONNREFUSED'))).toBe(
      'the database server refuses connections (is it running?) (ECONNREFUSED)',
    );
    expect(storeFailure(failing('28P01'))).toBe('the database server refused the password in DATABASE_URL (28P01)');
    expect(storeFailure(failing('3D000'))).toBe('the database in DATABASE_URL does not exist (3D000)');
  });
});
