'use client'

import { CircleAlertIcon, CircleCheckIcon, LoaderCircleIcon } from 'lucide-react'
import { useEffect, useState } from 'react'
import type { PinCheckResult } from '@/lib/validations/address'
import { checkAddressPinAction } from './actions'

type Answer = { ok: true; result: PinCheckResult } | { ok: false; message: string }

const PIN = /^[1-9][0-9]{5}$/
const FAILED = 'We couldn’t check this PIN code just now.'

/**
 * Checks a complete PIN code as it is typed ("Delivers to 560001 · Bengaluru") and announces the
 * answer politely. Answers are kept per PIN, so going back to an earlier PIN needs no new request
 * and a late answer can never label a different PIN.
 */
export function PinCheck({ pin: raw, city, id }: { pin: string; city: string; id?: string }) {
  const pin = raw.replace(/\s+/g, '')
  const complete = PIN.test(pin)
  const [answers, setAnswers] = useState<Record<string, Answer>>({})
  const [checking, setChecking] = useState<string | null>(null)
  const answer = complete ? answers[pin] : undefined

  useEffect(() => {
    if (!complete || answer?.ok) return
    const timer = setTimeout(async () => {
      setChecking(pin)
      let next: Answer
      try {
        const response = await checkAddressPinAction({ pin })
        next = response.ok ? { ok: true, result: response.data } : { ok: false, message: response.formError ?? FAILED }
      } catch {
        next = { ok: false, message: FAILED }
      }
      setAnswers((prev) => ({ ...prev, [pin]: next }))
      setChecking((now) => (now === pin ? null : now))
    }, 350)
    return () => clearTimeout(timer)
  }, [pin, complete, answer?.ok])

  const state = !complete
    ? null
    : answer?.ok
      ? answer.result
      : checking === pin
        ? 'checking'
        : answer
          ? answer.message
          : null

  return (
    <div id={id} aria-live="polite" aria-atomic="true" data-testid="pin-check" className="text-[13px] empty:hidden">
      {state === 'checking' ? (
        <p className="flex items-center gap-1.5 text-muted-foreground">
          <LoaderCircleIcon aria-hidden="true" className="size-3.5 animate-spin motion-reduce:animate-none" />
          Checking {pin}…
        </p>
      ) : typeof state === 'string' ? (
        <p className="text-muted-foreground">{state}</p>
      ) : state?.serviceable ? (
        <p className="flex flex-wrap items-center gap-x-1.5 font-medium text-success">
          <CircleCheckIcon aria-hidden="true" className="size-3.5" />
          Delivers to {state.pin}
          {city.trim() ? ` · ${city.trim()}` : ''}
          {state.codAvailable ? null : <span className="font-normal text-muted-foreground">(no cash on delivery)</span>}
        </p>
      ) : state ? (
        <div className="grid gap-0.5 text-destructive">
          <p className="flex items-center gap-1.5 font-medium">
            <CircleAlertIcon aria-hidden="true" className="size-3.5" />
            We can’t deliver to this PIN code yet
          </p>
          <p className="text-muted-foreground">{state.reason}</p>
        </div>
      ) : null}
    </div>
  )
}
