/**
 * At most `limit` tasks run at once; the rest wait their turn in arrival order. Used in front of
 * work that needs several database round trips (checkout): admitted tasks finish quickly instead
 * of every task queueing for the pool's connections on each of its queries.
 */
export function createGate(limit: number) {
  if (!Number.isInteger(limit) || limit < 1) throw new RangeError('limit must be a positive integer')
  let running = 0
  const waiting: (() => void)[] = []

  async function run<T>(task: () => Promise<T>): Promise<T> {
    if (running >= limit) await new Promise<void>((resolve) => waiting.push(resolve))
    running += 1
    try {
      return await task()
    } finally {
      running -= 1
      waiting.shift()?.()
    }
  }

  return {
    run,
    get running() {
      return running
    },
    get waiting() {
      return waiting.length
    },
  }
}
