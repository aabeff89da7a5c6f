import { CheckIcon } from 'lucide-react'
import { FULFILMENT_STEPS, orderStatusLabel } from '@/lib/domain/order-state'
import { cn } from '@/lib/utils'

/** Where the parcel is on its way (confirmed → delivered); `step` is 0-based (fulfilmentStep). */
export function OrderProgress({ step }: { step: number }) {
  const last = FULFILMENT_STEPS.length - 1
  return (
    <div className="grid gap-2">
      <div aria-hidden="true" className="mx-[10%] h-1.5 overflow-hidden rounded-full bg-muted">
        <div className="h-full rounded-full bg-primary transition-[width]" style={{ width: `${(Math.min(step, last) / last) * 100}%` }} />
      </div>
      <ol aria-label="Order progress" className="grid grid-cols-5 gap-1 text-center">
        {FULFILMENT_STEPS.map((status, i) => {
          const done = i < step
          const current = i === step
          return (
            <li key={status} aria-current={current ? 'step' : undefined} className="grid justify-items-center gap-1">
              <span
                aria-hidden="true"
                className={cn(
                  'flex size-6 items-center justify-center rounded-full border-2 text-[11px] font-semibold',
                  done && 'border-primary bg-primary text-primary-foreground',
                  current && 'border-primary bg-background text-primary-ink ring-4 ring-primary/20',
                  !done && !current && 'border-muted-foreground/30 bg-background text-muted-foreground',
                )}
              >
                {done ? <CheckIcon className="size-3.5" /> : i + 1}
              </span>
              <span className={cn('text-[11px] leading-tight sm:text-xs', current ? 'font-semibold text-foreground' : 'text-muted-foreground')}>
                {orderStatusLabel(status)}
                {done ? <span className="sr-only"> (done)</span> : null}
              </span>
            </li>
          )
        })}
      </ol>
    </div>
  )
}
