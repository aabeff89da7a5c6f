'use client'

import { BanknoteIcon, CreditCardIcon, LandmarkIcon, SmartphoneIcon, type LucideIcon } from 'lucide-react'
import { useId } from 'react'
import { cn } from '@/lib/utils'

export type Method = 'upi' | 'card' | 'netbanking' | 'cod'

const METHODS: { value: Method; label: string; hint: string; icon: LucideIcon }[] = [
  { value: 'upi', label: 'UPI', hint: 'Google Pay, PhonePe, Paytm or any UPI app', icon: SmartphoneIcon },
  { value: 'card', label: 'Credit or debit card', hint: 'Visa, Mastercard, RuPay', icon: CreditCardIcon },
  { value: 'netbanking', label: 'Net banking', hint: 'All major banks', icon: LandmarkIcon },
  { value: 'cod', label: 'Cash on delivery', hint: 'Pay when it arrives; confirm with a code', icon: BanknoteIcon },
]

/** A radio group of payment methods; COD is shown disabled with the reason when it isn't possible. */
export function PaymentMethods(props: { value: Method; onChange: (m: Method) => void; codAvailable: boolean; codReason: string | null; disabled?: boolean }) {
  const name = useId()
  return (
    <fieldset className="grid gap-2" disabled={props.disabled}>
      <legend className="mb-1 text-base font-semibold">Payment method</legend>
      {METHODS.map((m) => {
        const unavailable = m.value === 'cod' && !props.codAvailable
        const id = `${name}-${m.value}`
        return (
          <label
            key={m.value}
            htmlFor={id}
            className={cn(
              'has-[:checked]:border-primary has-[:checked]:bg-primary/5 has-[:focus-visible]:ring-ring flex cursor-pointer items-start gap-3 rounded-lg border p-3 has-[:focus-visible]:ring-2',
              unavailable && 'cursor-not-allowed opacity-60',
            )}
          >
            <input
              id={id}
              type="radio"
              name={name}
              value={m.value}
              className="accent-primary mt-1"
              checked={props.value === m.value}
              disabled={unavailable}
              aria-describedby={`${id}-hint`}
              onChange={() => props.onChange(m.value)}
            />
            <m.icon className="text-muted-foreground mt-0.5 size-5 shrink-0" aria-hidden />
            <span className="grid gap-0.5">
              <span className="text-sm font-medium">{m.label}</span>
              <span id={`${id}-hint`} className="text-muted-foreground text-xs">
                {unavailable ? (props.codReason ?? 'Not available for this order.') : m.hint}
              </span>
            </span>
          </label>
        )
      })}
    </fieldset>
  )
}
