'use client'

import { useRouter } from 'next/navigation'
import { useState, useTransition } from 'react'
import type { ActionResult } from '@/lib/actions/errors'

const OFFLINE = 'We could not reach Haat. Check your connection and try again.'

/**
 * Runs one order action at a time: the pending state for its button, the dal's refusal as a
 * form error, and on success one message in the panel's live region (no toast, so it is announced once) and a refresh of the page's data.
 */
export function useOrderCommand() {
  const router = useRouter()
  const [pending, startTransition] = useTransition()
  const [running, setRunning] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [message, setMessage] = useState('')

  /** A result reached by other means (a dialog's own form): announce it and reload the page's data. */
  function succeed(text: string) {
    setError(null)
    setMessage(text)
    router.refresh()
  }

  function run<T>(name: string, action: () => Promise<ActionResult<T>>, success: (data: T) => string) {
    setError(null)
    setRunning(name)
    startTransition(async () => {
      try {
        const result = await action()
        if (!result.ok) {
          setError(result.formError ?? 'That did not work. Refresh the page and try again.')
          return
        }
        succeed(success(result.data))
      } catch {
        setError(OFFLINE)
      } finally {
        setRunning(null)
      }
    })
  }

  return { run, succeed, pending, running, error, message }
}
