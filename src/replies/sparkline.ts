const BARS = '▁▂▃▄▅▆▇█';

/** Numbers as a one-line chart of block characters, lowest to highest (all zero: the lowest). */
export function sparkline(values: readonly number[]): string {
  const top = Math.max(0, ...values);
  return values
    .map((v) => (top === 0 ? BARS[0] : BARS[Math.min(BARS.length - 1, Math.round((v / top) * (BARS.length - 1)))]))
    .join('');
}
