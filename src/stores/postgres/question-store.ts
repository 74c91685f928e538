import { dayOf, normalizedText, storedText } from '../question-text.ts';
import type { QuestionStore } from '../questions.ts';
import type { KeptForGuild, Period, QuestionEvent, QuestionFigures, Unanswered } from '../records.ts';
import { inTransaction, query, type PgClient } from './connection.ts';
import { DAILY_COLUMNS, dailyCounts, UNANSWERED_COLUMNS } from './daily-counts.ts';
import type { PostgresDatabase } from './database.ts';
import { forgetAsker } from './forget-asker.ts';
import { onOneHost, QUESTIONS_EXPIRY_LOCK } from './one-host.ts';
import { summaryOf, unansweredOf } from './summary-queries.ts';

/** A batch's questions as columns, each row a question, for one INSERT … SELECT FROM unnest. */
const QUESTION_COLUMNS = `unnest($1::bigint[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[],
  $7::text[], $8::text[], $9::double precision[], $10::text[])`;

/**
 * Questions in PostgreSQL, with their daily counts kept up to date with each batch (INSERT … ON
 * CONFLICT adds to a day's row), so that /insights reads a few hundred rows. A batch, its counts
 * and each purge are one transaction: all or none, whichever host writes.
 */
export class PostgresQuestionStore implements QuestionStore {
  constructor(private readonly db: PostgresDatabase) {}

  async record(batch: readonly QuestionEvent[]): Promise<void> {
    if (batch.length === 0) return;
    const rows = batch.map((e) => {
      const text = e.question === undefined ? null : storedText(e.question);
      return { ...e, text, normalized: text === null ? null : normalizedText(text), entryId: e.entryId ?? null };
    });
    const columns = [
      rows.map((r) => r.at),
      rows.map((r) => r.guildId),
      rows.map((r) => r.via),
      rows.map((r) => r.text),
      rows.map((r) => r.normalized),
      rows.map((r) => r.verdict),
      rows.map((r) => r.entryId),
      rows.map((r) => JSON.stringify(r.candidates)),
      rows.map((r) => r.latencyMs),
      rows.map((r) => r.asker ?? null),
    ];
    const counts = dailyCounts(rows);
    await inTransaction(await this.db.ready(), async (client) => {
      await client.query(
        `INSERT INTO questions (at, guild_id, via, question, normalized, verdict, entry_id, candidates,
         latency_ms, asker) SELECT * FROM ${QUESTION_COLUMNS}`,
        columns,
      );
      await client.query(
        `INSERT INTO daily AS d SELECT * FROM ${DAILY_COLUMNS}
         ON CONFLICT (day, guild_id, entry_id, answered) DO UPDATE SET count = d.count + excluded.count`,
        counts.daily,
      );
      if (counts.unanswered[0].length === 0) return;
      await client.query(
        `INSERT INTO daily_unanswered AS d SELECT * FROM ${UNANSWERED_COLUMNS}
         ON CONFLICT (day, guild_id, normalized) DO UPDATE SET count = d.count + excluded.count`,
        counts.unanswered,
      );
    });
  }

  async summary(period: Period): Promise<QuestionFigures> {
    return summaryOf(await this.db.ready(), period);
  }

  async unanswered(period: Period & { readonly limit: number }): Promise<Unanswered> {
    return unansweredOf(await this.db.ready(), period);
  }

  /** Runs on one host at a time: another host purging the same rows now makes this one return 0. */
  async purgeBefore(before: number): Promise<number> {
    return onOneHost(await this.db.ready(), QUESTIONS_EXPIRY_LOCK, async (client) => {
      const { rowCount } = await client.query('DELETE FROM questions WHERE at < $1', [before]);
      await client.query('DELETE FROM daily WHERE day < $1', [dayOf(before)]);
      await client.query('DELETE FROM daily_unanswered WHERE day < $1', [dayOf(before)]);
      await client.query('DELETE FROM votes WHERE at < $1', [before]);
      return rowCount ?? 0;
    });
  }

  async keptFor(guildId: string): Promise<KeptForGuild> {
    const pool = await this.db.ready();
    const asked = await query<{ n: number; text: number; oldest: string | null }>(
      pool,
      'SELECT count(*)::int AS n, count(question)::int AS text, min(at) AS oldest FROM questions WHERE guild_id = $1',
      [guildId],
    );
    const votes = await query<{ n: number }>(pool, 'SELECT count(*)::int AS n FROM votes WHERE guild_id = $1', [
      guildId,
    ]);
    const row = asked.rows[0];
    const oldest = row?.oldest === null || row?.oldest === undefined ? undefined : Number(row.oldest);
    return { questions: row?.n ?? 0, withText: row?.text ?? 0, votes: votes.rows[0]?.n ?? 0, oldest };
  }

  async purgeGuild(guildId: string): Promise<number> {
    return inTransaction(await this.db.ready(), async (client: PgClient) => {
      const { rowCount } = await client.query('DELETE FROM questions WHERE guild_id = $1', [guildId]);
      for (const table of ['daily', 'daily_unanswered', 'votes']) {
        await client.query(`DELETE FROM ${table} WHERE guild_id = $1`, [guildId]);
      }
      return rowCount ?? 0;
    });
  }

  async forgetAsker(asker: string): Promise<number> {
    return inTransaction(await this.db.ready(), (client) => forgetAsker(client, asker));
  }
}
