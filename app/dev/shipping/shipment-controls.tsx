'use client'

import { useActionState } from 'react'
import { Button } from '@/components/ui/button'
import { devCourierAction, runCourierClockAction } from './actions'

type Result = { ok: boolean; message: string } | null

/** Buttons that move one simulated parcel; the outcome is announced in a live region. */
export function ShipmentControls({
  awb,
  canAdvance,
  canDeliver,
  canRto,
  canResend,
}: {
  awb: string
  canAdvance: boolean
  canDeliver: boolean
  canRto: boolean
  canResend: boolean
}) {
  const [result, act, pending] = useActionState(async (_previous: Result, form: FormData): Promise<Result> => {
    try {
      const outcome = await devCourierAction({ awb, op: String(form.get('op')) as 'advance' })
      return outcome.ok ? { ok: true, message: outcome.data.message } : { ok: false, message: outcome.formError ?? 'That did not work.' }
    } catch {
      return { ok: false, message: 'Could not reach Haat. Try again.' }
    }
  }, null)

  if (!canAdvance && !canResend) return null
  return (
    <form action={act} className="grid gap-2" aria-label={`Move AWB ${awb}`}>
      <div className="flex flex-wrap gap-2">
        {canAdvance ? (
          <Button type="submit" name="op" value="advance" size="sm" disabled={pending}>
            Advance one step
          </Button>
        ) : null}
        {canDeliver ? (
          <Button type="submit" name="op" value="deliver" size="sm" variant="outline" disabled={pending}>
            Deliver now
          </Button>
        ) : null}
        {canRto ? (
          <Button type="submit" name="op" value="rto" size="sm" variant="outline" disabled={pending}>
            Mark RTO
          </Button>
        ) : null}
        {canResend ? (
          <Button type="submit" name="op" value="resend" size="sm" variant="ghost" disabled={pending}>
            Resend last webhook
          </Button>
        ) : null}
      </div>
      <p aria-live="polite" className={result?.ok === false ? 'text-xs text-destructive' : 'text-xs text-muted-foreground'}>
        {pending ? 'Working…' : (result?.message ?? '')}
      </p>
    </form>
  )
}

/** Runs the clock once, for when the jobs scheduler is not running. */
export function RunClockButton() {
  const [result, act, pending] = useActionState(async (): Promise<Result> => {
    try {
      const outcome = await runCourierClockAction({})
      return outcome.ok ? { ok: true, message: outcome.data.message } : { ok: false, message: outcome.formError ?? 'That did not work.' }
    } catch {
      return { ok: false, message: 'Could not reach Haat. Try again.' }
    }
  }, null)

  return (
    <form action={act} className="flex flex-wrap items-center gap-3">
      <Button type="submit" variant="outline" size="sm" disabled={pending}>
        {pending ? 'Running…' : 'Run the clock now'}
      </Button>
      <p aria-live="polite" className={result?.ok === false ? 'text-xs text-destructive' : 'text-xs text-muted-foreground'}>
        {result?.message ?? ''}
      </p>
    </form>
  )
}
