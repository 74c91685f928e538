// Work that one host of several should do, not each: the retention purge. PostgreSQL's advisory
// locks say which host does it; the others skip it, since the one holding the lock deletes the
// same rows.
import type pg from 'pg';
import { inTransaction, type PgClient } from './connection.ts';

/** The advisory lock of the questions' and votes' retention purge. */
export const QUESTIONS_EXPIRY_LOCK = 7_432_002;
/** The advisory lock of the audit trail's retention purge. */
export const AUDIT_EXPIRY_LOCK = 7_432_003;

/**
 * Runs `work` in a transaction holding the advisory lock `lock`, if no other connection holds it;
 * otherwise runs nothing and resolves with 0 (another host is doing the same work now). The lock
 * is the transaction's: it is let go at commit or rollback, even when the connection is lost.
 */
export async function onOneHost(
  pool: pg.Pool,
  lock: number,
  work: (client: PgClient) => Promise<number>,
): Promise<number> {
  return inTransaction(pool, async (client) => {
    const { rows } = await client.query<{ got: boolean }>('SELECT pg_try_advisory_xact_lock($1) AS got', [lock]);
    return rows[0]?.got ? work(client) : 0;
  });
}
