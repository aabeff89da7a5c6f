'use client'

import { useRouter } from 'next/navigation'
import { useId, useState, useTransition } from 'react'
import { confirmCodAction, resendCodOtpAction } from '@/app/(account)/checkout/actions'
import { Button } from '@/components/ui/button'
import { Input } from '@/components/ui/input'
import { Label } from '@/components/ui/label'
import { formatINR } from '@/lib/utils'

/** The cash-on-delivery code step (SPEC §3.5): six digits sent by email, then the order is confirmed. */
export function CodConfirm(props: {
  groupId: string
  totalPaise: number
  orderNumbers: string[]
  sentTo: string | null
  /** Instead of opening the order page (the live room's buy sheet stays on the video). */
  onConfirmed?: () => void
}) {
  const id = useId()
  const router = useRouter()
  const [code, setCode] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [notice, setNotice] = useState<string | null>(null)
  const [pending, startTransition] = useTransition()

  return (
    <section aria-labelledby={`${id}-title`} className="bg-card grid gap-4 rounded-lg border p-4">
      <h2 id={`${id}-title`} className="text-lg font-semibold">
        Confirm your cash-on-delivery order
      </h2>
      <p className="text-sm">
        We sent a 6-digit code to <span className="font-medium">{props.sentTo ?? 'your email'}</span>. Enter it to confirm {props.orderNumbers.join(', ')}.
        You&apos;ll pay {formatINR(props.totalPaise)} in cash on delivery.
      </p>
      <form
        className="grid gap-2"
        onSubmit={(e) => {
          e.preventDefault()
          setError(null)
          startTransition(async () => {
            const result = await confirmCodAction({ groupId: props.groupId, code })
            if (!result.ok) {
              setError(result.fieldErrors?.code?.[0] ?? result.formError ?? 'Try again.')
              return
            }
            if (props.onConfirmed) props.onConfirmed()
            else router.push(`/checkout/complete/${props.groupId}`)
          })
        }}
      >
        <Label htmlFor={id}>Confirmation code</Label>
        <Input
          id={id}
          value={code}
          onChange={(e) => setCode(e.target.value.replace(/\D/g, '').slice(0, 6))}
          inputMode="numeric"
          autoComplete="one-time-code"
          pattern="\d{6}"
          maxLength={6}
          required
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          className="max-w-40 text-lg tracking-[0.3em]"
        />
        {error ? (
          <p id={`${id}-error`} className="text-destructive text-sm" role="alert">
            {error}
          </p>
        ) : null}
        <div className="flex flex-wrap gap-2">
          <Button type="submit" disabled={pending || code.length !== 6}>
            {pending ? 'Confirming…' : 'Confirm order'}
          </Button>
          <Button
            type="button"
            variant="ghost"
            disabled={pending}
            onClick={() =>
              startTransition(async () => {
                const result = await resendCodOtpAction({ groupId: props.groupId })
                setNotice(result.ok ? `A new code is on its way to ${result.data.sentTo}.` : (result.formError ?? 'Could not send a new code.'))
              })
            }
          >
            Send a new code
          </Button>
        </div>
        <p className="text-muted-foreground text-sm" role="status">
          {notice}
        </p>
      </form>
    </section>
  )
}
