'use client'

import { useRouter } from 'next/navigation'
import { useState, useTransition } from 'react'
import { toast } from '@/components/ui/toast'
import { Button } from '@/components/ui/button'
import type { ShowStatus } from '@/lib/domain/show-state'
import { cancelShowAction, endShowAction } from './actions'

type Props = { storeId: string; showId: string; status: ShowStatus; compact?: boolean }

const STEPS = {
  scheduled: { label: 'Cancel show', confirm: 'Yes, cancel it', keep: 'Keep it', question: 'Cancel this show? Buyers who asked for a reminder will not be notified of it.', done: 'Show cancelled', action: cancelShowAction },
  live: { label: 'End show', confirm: 'Yes, end the show', keep: 'Stay live', question: 'End the show for everyone watching? This cannot be undone.', done: 'Show ended', action: endShowAction },
} as const

/** Cancel (while scheduled) or end (while live), each behind a second, explicit confirmation. */
export function ShowStatusActions({ storeId, showId, status, compact = false }: Props) {
  const router = useRouter()
  const [confirming, setConfirming] = useState(false)
  const [pending, startTransition] = useTransition()
  const [message, setMessage] = useState('')
  if (status !== 'scheduled' && status !== 'live') return null
  const step = STEPS[status]

  const run = () =>
    startTransition(async () => {
      try {
        const result = await step.action({ storeId, showId })
        if (result.ok) {
          toast.success(step.done)
          setMessage(step.done)
          setConfirming(false)
          router.refresh()
        } else {
          setMessage(result.formError ?? 'That did not work. Refresh the page and try again.')
          toast.error(result.formError ?? 'That did not work. Refresh the page and try again.')
        }
      } catch {
        toast.error('We could not reach Haat. Check your connection and try again.')
      }
    })

  return (
    <div className="flex flex-wrap items-center gap-2">
      {confirming ? (
        <div role="group" aria-label={step.label} className="flex flex-wrap items-center gap-2 rounded-lg border border-destructive/40 bg-destructive/5 p-2">
          {compact ? null : <p className="text-sm">{step.question}</p>}
          <Button type="button" size="sm" variant="destructive" onClick={run} disabled={pending} autoFocus>
            {pending ? 'Working…' : step.confirm}
          </Button>
          <Button type="button" size="sm" variant="ghost" onClick={() => setConfirming(false)} disabled={pending}>
            {step.keep}
          </Button>
        </div>
      ) : (
        <Button type="button" size="sm" variant={compact ? 'ghost' : 'outline'} className="text-destructive" onClick={() => setConfirming(true)}>
          {step.label}
        </Button>
      )}
      <p aria-live="polite" className="sr-only">
        {message}
      </p>
    </div>
  )
}
