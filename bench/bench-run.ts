// What one `npm run bench` measured, as report.ts writes it into bench/RESULTS.md.
import type { EvalReport } from '../src/evaluation/evaluate.ts';
import type { InsightsFigures } from './insights.ts';
import type { Spread } from './measure.ts';
import type { ProcessFigures } from './process.ts';
import type { SizeRow } from './scale.ts';

/** One method on the article's knowledge base and questions.yaml. */
export interface ArticleRow {
  readonly method: string;
  readonly report: EvalReport;
  readonly p50: Spread;
  readonly p95: Spread;
  readonly buildMs: Spread;
  readonly memMb: number;
}

/** One method on one half of the real phrasings. */
export interface RealRow {
  readonly method: string;
  readonly half: 'tune' | 'test';
  readonly report: EvalReport;
}

/** Everything one `npm run bench` measured. */
export interface BenchRun {
  readonly machine: string;
  readonly date: string;
  readonly entries: number;
  readonly questions: number;
  readonly realCount: number;
  readonly article: readonly ArticleRow[];
  readonly realRows: readonly RealRow[];
  readonly autocomplete: { readonly p50: number; readonly p95: number; readonly p99: number };
  readonly articleReload: Spread;
  readonly scale: readonly SizeRow[];
  readonly processes: ProcessFigures;
  readonly insights: InsightsFigures;
}
