export type Limiter = <T>(task: () => Promise<T>) => Promise<T>;

/** A bound on tasks in flight: each call waits for a free slot, runs, then hands the slot on. */
export function createLimiter(limit: number): Limiter {
  let active = 0;
  const waiting: Array<() => void> = [];
  return async (task) => {
    if (active >= limit) await new Promise<void>((resolve) => waiting.push(resolve));
    else active++;
    try {
      return await task();
    } finally {
      const next = waiting.shift();
      if (next) next();
      else active--;
    }
  };
}

/** Lets the event loop turn once: requests already started get to go out before more synchronous work. */
export const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));
