'use client'

import { useState, useTransition } from 'react'
import type { ActionResult } from '@/lib/actions/errors'

export const OFFLINE = 'We could not reach Haat. Check your connection and try again.'
const FAILED = 'That did not work. Refresh the page and try again.'

/**
 * Runs one console action at a time for a panel: which one is running (for its button), the
 * server's refusal as the panel's error, and the success message for its live region. The
 * panel's state changes through the realtime event (and `onDone` for the one who pressed).
 */
export function useConsoleCommand() {
  const [pending, startTransition] = useTransition()
  const [running, setRunning] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [message, setMessage] = useState('')

  function run<T>(name: string, action: () => Promise<ActionResult<T>>, onDone: (data: T) => string | void, onFail?: () => void) {
    setError(null)
    setRunning(name)
    startTransition(async () => {
      try {
        const result = await action()
        if (!result.ok) {
          setError(result.formError ?? FAILED)
          onFail?.()
          return
        }
        setMessage(onDone(result.data) ?? '')
      } catch {
        setError(OFFLINE)
        onFail?.()
      } finally {
        setRunning(null)
      }
    })
  }

  return { run, pending, running, error, message, clearError: () => setError(null) }
}
