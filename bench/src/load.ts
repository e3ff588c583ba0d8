// Drives one task at a fixed concurrency for a fixed number of runs, stopping early at a time
// limit, and times each run.
import { figuresOf, type PhaseFigures } from "./stats.js";

export interface LoadOptions {
  concurrency: number;
  /** Runs timed. */
  requests: number;
  /** Untimed runs first (connections opened, plans and caches warm). */
  warmup: number;
  /** The timed phase stops starting new runs after this long. */
  maxSeconds: number;
}

async function runConcurrently(concurrency: number, count: number, deadline: number, task: () => Promise<void>, latencies?: number[]) {
  let started = 0;
  const worker = async () => {
    while (started < count && performance.now() < deadline) {
      started++;
      const begin = performance.now();
      await task();
      latencies?.push(performance.now() - begin);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, count) }, worker));
}

/** Warms up, then measures: throughput over the whole timed phase and each run's latency. */
export async function measureLoad(task: () => Promise<void>, options: LoadOptions): Promise<PhaseFigures & { truncated: boolean }> {
  await runConcurrently(options.concurrency, options.warmup, Number.POSITIVE_INFINITY, task);
  const latencies: number[] = [];
  const begin = performance.now();
  await runConcurrently(options.concurrency, options.requests, begin + options.maxSeconds * 1000, task, latencies);
  const seconds = (performance.now() - begin) / 1000;
  return { ...figuresOf(latencies, seconds), truncated: latencies.length < options.requests };
}
