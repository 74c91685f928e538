/** Small measuring helpers for the benchmark: timings in milliseconds, heap in megabytes. */

/** p50/p95/p99 of a list of timings. */
export function percentiles(times: readonly number[]): { p50: number; p95: number; p99: number } {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  return { p50: at(0.5), p95: at(0.95), p99: at(0.99) };
}

/** Runs `fn` once per question, `rounds` times over, and returns every call's duration. */
export function timeCalls(questions: readonly string[], fn: (q: string) => unknown, rounds: number): number[] {
  for (const q of questions.slice(0, 20)) fn(q); // warm-up: JIT and caches, as in a running bot
  const times: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const q of questions) {
      const start = performance.now();
      fn(q);
      times.push(performance.now() - start);
    }
  }
  return times;
}

function collect(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  gc?.();
}

/** Memory a build can keep: the JavaScript heap plus typed-array buffers, which live outside it. */
const used = () => {
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
};

/** Builds something, returning it with the build time and the memory it keeps (needs --expose-gc). */
export function measureBuild<T>(build: () => T): { value: T; ms: number; heapMb: number } {
  collect();
  const before = used();
  const start = performance.now();
  const value = build();
  const ms = performance.now() - start;
  collect();
  const heapMb = (used() - before) / 1048576;
  return { value, ms, heapMb };
}

/** Same as measureBuild for an async build. */
export async function measureBuildAsync<T>(build: () => Promise<T>): Promise<{ value: T; ms: number; heapMb: number }> {
  collect();
  const before = used();
  const start = performance.now();
  const value = await build();
  const ms = performance.now() - start;
  collect();
  return { value, ms, heapMb: (used() - before) / 1048576 };
}

/** A number with a fixed number of decimals, right-aligned. */
export const num = (x: number, digits = 2, width = 8) => x.toFixed(digits).padStart(width);

/** The run with the median time. */
export function median<T extends { ms: number }>(runs: readonly T[]): T {
  const sorted = [...runs].sort((a, b) => a.ms - b.ms);
  const middle = sorted[Math.floor(sorted.length / 2)];
  if (!middle) throw new Error('median of no runs');
  return middle;
}

/** The median of some numbers, with the lowest and highest: how much runs disagreed. */
export interface Spread {
  readonly median: number;
  readonly min: number;
  readonly max: number;
}

/** Median, minimum and maximum of a list of numbers. */
export function spreadOf(values: readonly number[]): Spread {
  const sorted = [...values].sort((a, b) => a - b);
  return { median: sorted[Math.floor(sorted.length / 2)] ?? 0, min: sorted[0] ?? 0, max: sorted.at(-1) ?? 0 };
}

/** "1.23 (1.10–1.40)": a median and its spread. */
export const showSpread = (s: Spread, digits = 2) =>
  `${s.median.toFixed(digits)} (${s.min.toFixed(digits)}–${s.max.toFixed(digits)})`;

/**
 * The slope of log(y) against log(x) by least squares: how a cost grows with size (1 is linear,
 * 0 is flat). Points with a zero are left out.
 */
export function logLogSlope(points: readonly (readonly [number, number])[]): number {
  const logs = points.filter(([x, y]) => x > 0 && y > 0).map(([x, y]) => [Math.log(x), Math.log(y)] as const);
  const n = logs.length;
  if (n < 2) return 0;
  const mx = logs.reduce((s, [x]) => s + x, 0) / n;
  const my = logs.reduce((s, [, y]) => s + y, 0) / n;
  const num = logs.reduce((s, [x, y]) => s + (x - mx) * (y - my), 0);
  const den = logs.reduce((s, [x]) => s + (x - mx) ** 2, 0);
  return den === 0 ? 0 : num / den;
}
