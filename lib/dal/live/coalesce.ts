/**
 * Collects values per key and hands them to `flush` once, `delayMs` after the first arrived, so a
 * burst becomes one publish per key per window. In-process only: each server instance coalesces
 * what it received.
 */
export function createCoalescer<T>(delayMs: number, merge: (into: T, next: T) => T, flush: (key: string, value: T) => Promise<void>) {
  const pending = new Map<string, { value: T; done: Promise<void>; fire: () => void }>()

  function fire(key: string): Promise<void> {
    const entry = pending.get(key)
    if (!entry) return Promise.resolve()
    entry.fire()
    return entry.done
  }

  return {
    /** Resolves once the batch holding this value has been flushed (or failed: flush reports its own errors). */
    add(key: string, value: T): Promise<void> {
      const current = pending.get(key)
      if (current) {
        current.value = merge(current.value, value)
        return current.done
      }
      let fired = false
      let release!: () => void
      const done = new Promise<void>((resolve) => (release = resolve))
      const entry = {
        value,
        done,
        fire: () => {
          if (fired) return
          fired = true
          clearTimeout(timer)
          pending.delete(key)
          flush(key, entry.value)
            .catch(() => undefined)
            .finally(release)
        },
      }
      const timer = setTimeout(entry.fire, delayMs)
      pending.set(key, entry)
      return done
    },
    /** Flushes one key at once (the end of a show). */
    flushNow: fire,
  }
}
