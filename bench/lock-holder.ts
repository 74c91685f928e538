// Run as its own process by bench/database-lock.ts: another program holding the bot's database, as an
// operator's `sqlite3` shell, a backup or a second bot process might.
//   node --import ./scripts/ts-loader.mjs bench/lock-holder.ts <hold ms> <file.sqlite>…
// Takes `BEGIN EXCLUSIVE` on every file, prints "locked", holds them for <hold ms>, commits, prints
// "released" and exits 0. It exits on its own whatever the parent does, so it can never hold the lock forever.
import Database from 'better-sqlite3';

/** What the holder prints once every file is locked. */
export const LOCKED = 'locked';
/** What the holder prints once every lock is released. */
export const RELEASED = 'released';

/** Longest hold accepted: the bench's own ceiling per condition. */
const MAX_HOLD_MS = 60_000;

function main(args: readonly string[]): void {
  const [hold, ...files] = args;
  const holdMs = Number(hold);
  if (!Number.isFinite(holdMs) || holdMs < 0 || holdMs > MAX_HOLD_MS || files.length === 0) {
    console.error(`usage: lock-holder.ts <hold ms, 0–${MAX_HOLD_MS}> <file.sqlite>…`);
    process.exit(2);
  }
  // A bot's writer may be mid-transaction: wait for it as long as the bot would wait for us.
  const connections = files.map((file) => new Database(file, { fileMustExist: true, timeout: 5_000 }));
  for (const db of connections) db.exec('BEGIN EXCLUSIVE');
  console.log(LOCKED);
  setTimeout(() => {
    for (const db of connections) {
      db.exec('COMMIT');
      db.close();
    }
    console.log(RELEASED);
    process.exit(0);
  }, holdMs);
}

if (process.argv[1] && import.meta.filename === process.argv[1]) main(process.argv.slice(2));
