// Run as its own process (as a backup tool or a second bot would be): opens DATA_DIR's database,
// takes the write lock, says "locked" on standard output, holds it `ms` milliseconds, lets go, exits.
import path from 'node:path';
import Database from 'better-sqlite3';
import { DATABASE_FILE } from '../../src/stores/sqlite/database.ts';

const [dataDir = '', ms = '1000'] = process.argv.slice(2);
const db = new Database(path.join(dataDir, DATABASE_FILE));
db.exec('BEGIN EXCLUSIVE');
process.stdout.write('locked\n');
await new Promise((resolve) => setTimeout(resolve, Number(ms)));
db.exec('COMMIT');
db.close();
