import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { stringify } from 'yaml';
import { configOrExit } from '../config/env.ts';
import { emptySummary, insightsSummary } from '../insights/insights-summary.ts';
import { DATABASE_FILE } from '../stores/sqlite/database.ts';
import { openStores } from '../stores/store-set.ts';
import { storeFailure } from '../stores/store-errors.ts';
import { loadPrepared } from '../reload/knowledge-cache.ts';
import { insightsReply } from '../replies/insights-replies.ts';
import { renderText } from '../replies/text-render.ts';
import { summaryCsv } from './insights-csv.ts';
import { runCli, UsageError } from './cli-support.ts';

const USAGE =
  'usage: npm run insights -- [--days N] [--guild ID] [--json | --csv] [--unanswered-yaml FILE] [--purge-guild ID]';

// `npm run insights`: what /insights shows, on a terminal or for tools; the unanswered questions
// as candidate example questions for curators; a server's data deleted on request.
await runCli(USAGE, async () => {
  const { values } = parseArgs({
    options: {
      days: { type: 'string', default: '30' },
      guild: { type: 'string' },
      json: { type: 'boolean', default: false },
      csv: { type: 'boolean', default: false },
      'unanswered-yaml': { type: 'string' },
      'purge-guild': { type: 'string' },
    },
  });
  const days = Number(values.days);
  if (!Number.isInteger(days) || days < 1 || days > 3650)
    throw new UsageError(`--days must be a whole number of days from 1 to 3650, not "${values.days}"`);
  if (values.json && values.csv) throw new UsageError('choose one of --json and --csv');
  for (const id of [values.guild, values['purge-guild']])
    if (id !== undefined && !/^\d{17,20}$/.test(id)) throw new UsageError(`"${id}" is not a server id (17–20 digits)`);
  const config = configOrExit();
  const file = path.join(config.DATA_DIR, DATABASE_FILE);
  if (!config.DATABASE_URL && !existsSync(file)) {
    const note = `Nothing recorded yet: there is no ${file} (the bot creates it when it first records a question).`;
    if (!values.json && !values.csv) {
      console.log(note);
      return 0;
    }
    // A tool reads standard output: the empty figures go there, the note beside them.
    console.error(note);
    const now = Date.now();
    const summary = emptySummary({ days, guildId: values.guild, now });
    if (values.json) console.log(JSON.stringify(summary, null, 2));
    else process.stdout.write(summaryCsv(summary, now));
    return 0;
  }
  const { stores, failure } = await openStores(config);
  if (!stores) {
    console.error(`Cannot open ${file}: ${storeFailure(failure)}.`);
    return 1;
  }
  try {
    const guild = values['purge-guild'];
    if (guild) {
      const deleted = await stores.questions.purgeGuild(guild);
      await stores.settings.forget(guild);
      const reloads = await stores.audit.purgeGuild(guild);
      console.log(`Deleted ${deleted} questions, ${reloads} reloads and every vote and setting of server ${guild}.`);
      return 0;
    }
    const now = Date.now();
    if (values['unanswered-yaml']) {
      const unanswered = await stores.questions.unanswered({ days, guildId: values.guild, now, limit: 500 });
      const header =
        `# Unanswered questions of the last ${days} days${values.guild ? ` in server ${values.guild}` : ''}, ` +
        `most asked first (npm run insights).\n` +
        '# Candidate example questions: fill in `entry` with the id of the entry that answers each (for its ' +
        '`questions`, or the evaluation set),\n# or leave it blank where the article does not address it.\n';
      const candidates = unanswered.map((u) => ({ question: u.text, count: u.count, entry: null }));
      await writeFile(values['unanswered-yaml'], header + stringify(candidates, { lineWidth: 0 }));
      console.log(`Wrote ${unanswered.length} unanswered questions to ${values['unanswered-yaml']}.`);
      return 0;
    }
    const summary = await insightsSummary(stores.questions, stores.audit, { days, guildId: values.guild, now });
    if (values.json) console.log(JSON.stringify(summary, null, 2));
    else if (values.csv) process.stdout.write(summaryCsv(summary, now));
    else {
      const loaded = await loadPrepared(config.KNOWLEDGE_DIR);
      if (!loaded.ok)
        throw new UsageError(
          `the knowledge base in ${config.KNOWLEDGE_DIR} has problems (npm run kb:check lists them); topics ` +
            `are read from it`,
        );
      // The period buttons are for Discord: --days is the terminal's.
      console.log(renderText({ ...insightsReply(loaded.loaded.knowledge, summary, undefined), rows: [] }));
    }
    return 0;
  } finally {
    await stores.close();
  }
});
