'use client'

import { useRouter } from 'next/navigation'
import { useState, useTransition } from 'react'
import { Button } from '@/components/ui/button'
import { resendWebhookAction } from '../actions'

/** Replays one recorded webhook delivery and says how the app answered. */
export function ResendButton({ deliveryId, event }: { deliveryId: string; event: string }) {
  const router = useRouter()
  const [pending, startTransition] = useTransition()
  const [message, setMessage] = useState('')

  return (
    <div className="flex items-center gap-3 sm:justify-end">
      <p className="text-xs text-muted-foreground" aria-live="polite">
        {message}
      </p>
      <Button
        size="sm"
        variant="outline"
        disabled={pending}
        aria-label={`Resend ${event} ${deliveryId}`}
        onClick={() =>
          startTransition(async () => {
            setMessage('')
            try {
              const result = await resendWebhookAction({ deliveryId })
              if (!result.ok) setMessage(result.formError ?? 'Could not resend.')
              else setMessage(result.data.error ? `Sent; the app answered ${result.data.error}.` : `Sent; the app answered ${result.data.httpStatus}.`)
              router.refresh()
            } catch {
              setMessage('Could not reach Haat. Try again.')
            }
          })
        }
      >
        {pending ? 'Resending…' : 'Resend'}
      </Button>
    </div>
  )
}
