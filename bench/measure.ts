import { nth } from './random';

/** Timing and summary statistics for the benchmarks. */

export interface Summary {
  samples: number;
  p50: number;
  p95: number;
  max: number;
  mean: number;
  total: number;
}

/** The nearest-rank percentile of some timings, in their own unit. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return nth(sorted, Math.min(sorted.length, Math.max(1, rank)) - 1);
}

export function summarise(timings: readonly number[]): Summary {
  const sorted = [...timings].sort((a, b) => a - b);
  const total = timings.reduce((sum, t) => sum + t, 0);
  return {
    samples: timings.length,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    max: sorted.at(-1) ?? Number.NaN,
    mean: total / timings.length,
    total,
  };
}

/** Runs `fn` once and answers how long it took, in milliseconds. */
export function timeMs(fn: () => unknown): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

/** Timings grouped by what kind of operation each was, for the breakdown. */
export class Timings {
  readonly all: number[] = [];
  readonly byKind = new Map<string, number[]>();

  add(kind: string, ms: number): void {
    this.all.push(ms);
    const list = this.byKind.get(kind) ?? [];
    list.push(ms);
    this.byKind.set(kind, list);
  }
}

export const round = (value: number, places = 2): number => Number(value.toFixed(places));

export function formatSummary(summary: Summary): string {
  return `p50 ${summary.p50.toFixed(2)} ms  p95 ${summary.p95.toFixed(2)} ms  max ${summary.max.toFixed(1)} ms  (n=${summary.samples})`;
}
