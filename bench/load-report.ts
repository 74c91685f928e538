import { errorReply } from '../src/replies/view.ts';
import { percentiles, showSpread, spreadOf } from './measure.ts';
import {
  ASKS,
  CONDITION_TIMEOUT_MS,
  LOCK_MS,
  SETTINGS_AFTER,
  VOTES_AFTER,
  WARM_UP,
  type Condition,
  type LoadRun,
} from './load.ts';
import type { Timeline } from './reply-clock.ts';

/** The section's heading in RESULTS.md, which `npm run bench -- load` replaces in place. */
export const LOAD_HEADING = '## Load with the database locked';
/** Discord's window for acknowledging an interaction: past it, the user sees "did not respond". */
const ACK_WINDOW_MS = 3_000;
const ERROR_TITLE = errorReply('').cards[0]?.title;

/** Where and when the figures were taken. */
export interface LoadMeta {
  readonly date: string;
  readonly machine: string;
}

const answered = (t: Timeline) => t.finalMs !== undefined && t.title !== ERROR_TITLE;
const ms = (x: number) => x.toFixed(0);
const spreadMs = (values: readonly number[]) => showSpread(spreadOf(values), 0);

/** "Settings saved ×2, Settings not saved ×1": what the replies said, with how many of each. */
function titles(timelines: readonly (Timeline | undefined)[]): string {
  const counts = new Map<string, number>();
  for (const t of timelines) {
    const title = t?.finalMs === undefined ? 'no reply' : (t.title ?? 'untitled');
    counts.set(title, (counts.get(title) ?? 0) + 1);
  }
  return [...counts].map(([title, n]) => `${title} ×${n}`).join(', ');
}

/** One table row: a condition's runs, each figure the median of the runs and their range. */
function row(condition: Condition, runs: readonly LoadRun[]): string {
  const latency = runs.map((r) => {
    const times = r.asks.flatMap((t) => (t.finalMs === undefined ? [] : [t.finalMs]));
    return { ...percentiles(times), max: Math.max(0, ...times) };
  });
  const settings = runs.flatMap((r) => (r.settings?.finalMs === undefined ? [] : [r.settings.finalMs]));
  const votes = runs.flatMap((r) => r.votes.flatMap((t) => (t.finalMs === undefined ? [] : [t.finalMs])));
  const recorded = runs.map((r) => (typeof r.recorded === 'number' ? String(r.recorded) : `"${r.recorded}"`));
  return [
    condition === 'free' ? '(a) free' : `(b) locked ${LOCK_MS / 1000} s by another process`,
    spreadMs(runs.map((r) => r.asks.filter(answered).length)),
    spreadMs(runs.map((r) => r.asks.filter((t) => (t.acknowledgedMs ?? Infinity) <= ACK_WINDOW_MS).length)),
    spreadMs(latency.map((l) => l.p50)),
    spreadMs(latency.map((l) => l.p95)),
    spreadMs(latency.map((l) => l.max)),
    `${titles(runs.map((r) => r.settings))}; ${settings.length ? `${spreadMs(settings)} ms` : 'never'}`,
    `${titles(runs.flatMap((r) => r.votes))}; slowest ${votes.length ? ms(Math.max(...votes)) : '–'} ms`,
    recorded.join(', '),
  ].join(' | ');
}

/** The RESULTS.md section for the load runs, as lines. */
export function loadSection(runs: readonly LoadRun[], meta: LoadMeta): string[] {
  const of = (c: Condition) => runs.filter((r) => r.condition === c);
  const perCondition = of('free').length;
  const warnings = [...new Set(runs.flatMap((r) => r.warnings.map((w) => String(JSON.parse(w).msg ?? w))))];
  const unreleased = of('locked').filter((r) => r.lockReleased !== true).length;
  return [
    LOAD_HEADING,
    '',
    `Measured on ${meta.date}: ${meta.machine}, shared with other work and noisy: read the two conditions ` +
      'against each other, not against other runs. To reproduce: `npm run bench -- load` (this section only, about ' +
      'a minute; `BENCH_LOAD_RUNS=1` for one run per condition), or the whole `npm run bench`.',
    '',
    `${ASKS} \`/ask\` sent at once as raw INTERACTION_CREATE gateway payloads to a real discord.js client logged ` +
      'in to a stand-in gateway, REST answered on 127.0.0.1; the bot started through `openServices` and `startBot` ' +
      'with INSIGHTS on over a fresh DATA_DIR (a real SQLite file), the lexical matcher, no cooldown. ' +
      `${WARM_UP} asks are answered first and not counted. An admin's \`/settings\` change (answers: public) ` +
      `goes out after ask ${SETTINGS_AFTER + 1} and ${VOTES_AFTER.length} Helpful presses after asks ` +
      `${VOTES_AFTER.map((i) => i + 1).join(', ')}. In (b) a child process opens the same file with ` +
      `better-sqlite3 and holds \`BEGIN EXCLUSIVE\` for ${LOCK_MS / 1000} s; the burst is sent once it reports ` +
      'the lock held. Latency: from the payload sent to the final reply (or the edit of a deferred one) reaching ' +
      "the REST stand-in, ms; the stand-ins run on the bot's thread, so their own work is in it. " +
      `Each condition stops itself after ${CONDITION_TIMEOUT_MS / 1000} s at most. ` +
      `Median (min–max) of ${perCondition} runs per condition, alternating.`,
    '',
    `| condition | answered of ${ASKS} | acknowledged within 3 s | p50 | p95 | max | /settings change: reply; ` +
      'latency | votes: replies; slowest | questions recorded (of ' +
      `${ASKS + WARM_UP}, per run) |`,
    '|---|---:|---:|---:|---:|---:|---|---|---|',
    `| ${row('free', of('free'))} |`,
    `| ${row('locked', of('locked'))} |`,
    '',
    '"Answered" counts a reply other than the error path\'s reaching the stand-in; Discord itself refuses a first ' +
      'reply later than 3 s after the interaction, so only the "within 3 s" column would reach users.',
    ...(unreleased ? ['', `**The lock holder did not release as planned in ${unreleased} run(s).**`] : []),
    ...(warnings.length
      ? ['', `What the bot logged at warn or above: ${warnings.map((w) => `"${w}"`).join('; ')}.`]
      : []),
    '',
  ];
}

/** The load section of `markdown` as lines, if it has one: kept when a full bench leaves the load run out. */
export function loadSectionOf(markdown: string): string[] | undefined {
  const start = markdown.indexOf(LOAD_HEADING);
  if (start < 0) return undefined;
  const next = markdown.indexOf('\n## ', start + LOAD_HEADING.length);
  return markdown.slice(start, next < 0 ? undefined : next + 1).split('\n');
}

/** `markdown` with the load section put in place of the old one, or added at the end. */
export function withLoadSection(markdown: string, section: readonly string[]): string {
  const old = loadSectionOf(markdown)?.join('\n');
  const text = section.join('\n');
  if (old === undefined) return `${markdown.trimEnd()}\n\n${text.trimEnd()}\n`;
  const start = markdown.indexOf(old);
  const rest = markdown.slice(start + old.length).trimStart();
  return `${markdown.slice(0, start)}${text.trimEnd()}\n${rest ? `\n${rest}` : ''}`;
}
