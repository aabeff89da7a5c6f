'use client'

import { MinusIcon, PlusIcon } from 'lucide-react'
import { cn } from '@/lib/utils'

type QuantityStepperProps = {
  label: string
  value: number
  max: number
  onChange: (quantity: number) => void
  className?: string
}

const stepClass =
  'flex size-10 items-center justify-center text-foreground transition-colors outline-none hover:bg-accent focus-visible:ring-2 focus-visible:ring-ring focus-visible:ring-inset aria-disabled:cursor-not-allowed aria-disabled:text-muted-foreground/50 aria-disabled:hover:bg-transparent'

/**
 * − quantity +, labelled for the product. At a bound the button is aria-disabled rather than
 * disabled, so keyboard focus stays on it instead of dropping to the page.
 */
export function QuantityStepper({ label, value, max, onChange, className }: QuantityStepperProps) {
  const atMin = value <= 1
  const atMax = value >= max
  return (
    <div role="group" aria-label={`Quantity of ${label}`} className={cn('inline-flex items-center overflow-hidden rounded-lg border bg-card', className)}>
      <button
        type="button"
        aria-label={`Decrease quantity of ${label}`}
        aria-disabled={atMin || undefined}
        onClick={() => !atMin && onChange(value - 1)}
        className={stepClass}
      >
        <MinusIcon aria-hidden="true" className="size-4" />
      </button>
      <output data-testid="cart-line-quantity" className="min-w-8 text-center text-sm font-semibold tabular-nums">
        {value}
      </output>
      <button
        type="button"
        aria-label={`Increase quantity of ${label}`}
        aria-disabled={atMax || undefined}
        title={atMax ? `You can have at most ${max} of this item` : undefined}
        onClick={() => !atMax && onChange(value + 1)}
        className={stepClass}
      >
        <PlusIcon aria-hidden="true" className="size-4" />
      </button>
    </div>
  )
}
