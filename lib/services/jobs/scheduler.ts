export type Poller = {
  start: () => void
  /** Stops the timer and waits for a pass in progress to finish. */
  stop: () => Promise<void>
  readonly running: boolean
}

/**
 * Calls `pass` every `intervalMs`, never two at once: a slow pass makes the next tick skip rather
 * than pile up. The timer is unref'd so it never keeps a process alive on its own.
 */
export function createPoller(
  pass: () => Promise<unknown>,
  options: { intervalMs: number; onError?: (error: unknown) => void },
): Poller {
  let timer: ReturnType<typeof setInterval> | null = null
  let inFlight: Promise<void> | null = null
  const onError = options.onError ?? ((error: unknown) => console.error('[jobs] scheduler pass failed:', error))

  function tick() {
    if (inFlight) return
    inFlight = pass()
      .then(() => undefined, onError)
      .finally(() => {
        inFlight = null
      })
  }

  return {
    start() {
      if (timer) return
      timer = setInterval(tick, options.intervalMs)
      timer.unref?.()
    },
    async stop() {
      if (timer) clearInterval(timer)
      timer = null
      await inFlight
    },
    get running() {
      return timer !== null
    },
  }
}
