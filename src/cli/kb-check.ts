import { parseArgs } from 'node:util';
import { loadKnowledge } from '../knowledge/load-knowledge.ts';
import { problemCount } from '../knowledge/problem-list.ts';
import { formatProblem, plural, summarize } from '../knowledge/summary.ts';
import { knowledgeDirFrom, runCli } from './cli-support.ts';

const USAGE = 'usage: npm run kb:check -- [--json] [--knowledge DIR]';

// `npm run kb:check`: loads the knowledge directory with the bot's own loader and reports.
await runCli(USAGE, async () => {
  const { values } = parseArgs({ options: { json: { type: 'boolean' }, knowledge: { type: 'string' } } });
  const dir = knowledgeDirFrom(values.knowledge);
  const result = await loadKnowledge(dir);
  const summary = summarize(result.ok ? result.knowledge : result.partial);
  const errors = result.ok ? [] : result.problems;
  // Past the cap the last line stands for the problems left out: counted as them, not as one more.
  const count = problemCount(errors);
  if (values.json) {
    console.log(JSON.stringify({ knowledgeDir: dir, ...summary, problemCount: count, errors }));
  } else {
    const { sources, sections, paragraphs, entries, uncited } = summary;
    console.log(`Knowledge base ${dir}`);
    console.log(
      `  ${plural(sources, 'source')}, ${plural(sections, 'section')}, ` +
        `${plural(paragraphs, 'paragraph')}, ${plural(entries, 'entry', 'entries')}`,
    );
    const where = uncited.map((u) => `${u.source} §${u.section} ¶${u.paragraph}`);
    console.log(`  paragraphs no entry cites: ${where.length === 0 ? 'none' : where.join(', ')}`);
    console.log(count === 0 ? '  problems: none' : `  ${plural(count, 'problem')}:`);
    for (const problem of errors) console.log(`    ${formatProblem(problem, dir)}`);
  }
  return count === 0 ? 0 : 1;
});
