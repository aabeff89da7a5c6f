import { useId } from 'react'
import { cn } from '@/lib/utils'

/** A titled panel of the order page; the title is the region's name. */
export function OrderSection({ title, children, className, action }: { title: string; children: React.ReactNode; className?: string; action?: React.ReactNode }) {
  const id = useId()
  return (
    <section aria-labelledby={id} className={cn('grid content-start gap-3 rounded-xl border bg-card p-4 sm:p-5', className)}>
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id={id} className="text-base font-semibold tracking-tight">
          {title}
        </h2>
        {action}
      </div>
      {children}
    </section>
  )
}
