import { parseArgs } from 'node:util';
import { loadKnowledge } from '../knowledge/load-knowledge.ts';
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
  if (values.json) {
    console.log(JSON.stringify({ knowledgeDir: dir, ...summary, errors }));
  } else {
    const { sources, sections, paragraphs, entries, uncited } = summary;
    console.log(`Knowledge base ${dir}`);
    console.log(
      `  ${plural(sources, 'source')}, ${plural(sections, 'section')}, ` +
        `${plural(paragraphs, 'paragraph')}, ${plural(entries, 'entry', 'entries')}`,
    );
    const where = uncited.map((u) => `${u.source} §${u.section} ¶${u.paragraph}`);
    console.log(`  paragraphs no entry cites: ${where.length === 0 ? 'none' : where.join(', ')}`);
    console.log(errors.length === 0 ? '  problems: none' : `  ${plural(errors.length, 'problem')}:`);
    for (const problem of errors) console.log(`    ${formatProblem(problem, dir)}`);
  }
  return errors.length === 0 ? 0 : 1;
});
