import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DATABASE_FILE } from '../../src/stores/sqlite/database.ts';
import { GUILD, question, tempInsights, type TempInsights } from '../support/insights-fixtures.ts';

const DAY = 86_400_000;
const ENTRY = 'karabakh-not-a-colony';

let temp: TempInsights;
beforeEach(async () => {
  temp = await tempInsights();
});
afterEach(() => temp.dispose());

describe('votes and retention, through the insights facade', () => {
  it('counts one vote per person and answer by a keyed hash: no user id is stored', async () => {
    const { insights } = temp;
    const user = '1600000000000000001';
    expect(await insights.vote(user, '1700000000000000001', GUILD, ENTRY, true)).toBe('counted');
    expect(await insights.vote(user, '1700000000000000001', GUILD, ENTRY, true)).toBe('again');
    expect(await insights.vote(user, '1700000000000000001', GUILD, ENTRY, false)).toBe('changed');
    expect(await insights.vote(user, '1700000000000000002', GUILD, ENTRY, false)).toBe('counted');
    expect(await insights.vote('1600000000000000002', '1700000000000000001', GUILD, ENTRY, false)).toBe('counted');
    await temp.close();
    const db = new Database(path.join(temp.dir, DATABASE_FILE), { readonly: true });
    const votes = db.prepare('SELECT voter FROM votes').all() as { voter: string }[];
    expect(votes).toHaveLength(3);
    const everything = JSON.stringify(db.prepare('SELECT * FROM votes').all());
    expect(everything).not.toContain(user);
    expect(everything).not.toContain('1600000000000000002');
    // Hashes of 32 bytes (HMAC-SHA-256), one per person and answer.
    expect(votes.every((v) => /^[\w-]{43}$/.test(v.voter))).toBe(true);
    db.close();
  });

  it('purges what is past the retention period, questions, daily counts and votes alike', async () => {
    const now = Date.now();
    const { insights } = temp;
    insights.record(question(now - 100 * DAY, 'old one'));
    insights.record(question(now - 100 * DAY, 'old one'));
    insights.record(question(now - DAY, 'new one'));
    await insights.flush();
    const db = new Database(path.join(temp.dir, DATABASE_FILE));
    db.prepare('INSERT INTO votes (voter, at, guild_id, entry_id, helpful) VALUES (?, ?, ?, ?, 0)').run(
      'a',
      now - 100 * DAY,
      GUILD,
      ENTRY,
    );
    db.close();
    expect(await insights.summary(365, GUILD)).toMatchObject({
      asked: 3,
      notHelpful: [{ entryId: ENTRY, notHelpful: 1 }],
    });
    expect(await insights.purgeExpired(90)).toBe(2);
    expect(await insights.summary(365, GUILD)).toMatchObject({
      asked: 1,
      unanswered: [{ text: 'new one', count: 1 }],
      notHelpful: [],
    });
  });
});
