'use client'

import { TicketPercentIcon, XIcon } from 'lucide-react'
import { useId, useState } from 'react'
import { Button } from '@/components/ui/button'
import { Input } from '@/components/ui/input'
import { Label } from '@/components/ui/label'

/** Apply or remove a coupon code; the page re-prices on the server and reports why one fails. */
export function CouponField(props: { applied: string | null; error: string | null; initial: string; onApply: (code: string | null) => void; busy: boolean }) {
  const id = useId()
  const [code, setCode] = useState(props.initial)
  if (props.applied) {
    return (
      <div className="flex items-center justify-between gap-2 rounded-lg border border-dashed p-3 text-sm" role="status">
        <span className="flex items-center gap-2">
          <TicketPercentIcon className="size-4 text-emerald-600" aria-hidden />
          <span>
            <span className="font-medium">{props.applied}</span> applied
          </span>
        </span>
        <Button
          variant="ghost"
          size="sm"
          onClick={() => {
            setCode('')
            props.onApply(null)
          }}
          disabled={props.busy}
        >
          <XIcon className="size-4" aria-hidden />
          Remove
        </Button>
      </div>
    )
  }
  return (
    <form
      className="grid gap-1.5"
      onSubmit={(e) => {
        e.preventDefault()
        props.onApply(code.trim().toUpperCase() || null)
      }}
    >
      <Label htmlFor={id}>Coupon code</Label>
      <div className="flex gap-2">
        <Input
          id={id}
          value={code}
          onChange={(e) => setCode(e.target.value)}
          autoComplete="off"
          autoCapitalize="characters"
          maxLength={20}
          aria-invalid={props.error ? true : undefined}
          aria-describedby={props.error ? `${id}-error` : undefined}
        />
        <Button type="submit" variant="outline" disabled={props.busy || code.trim() === ''}>
          Apply
        </Button>
      </div>
      {props.error ? (
        <p id={`${id}-error`} className="text-destructive text-sm" role="alert">
          {props.error}
        </p>
      ) : null}
    </form>
  )
}
