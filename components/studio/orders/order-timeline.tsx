import { PackageIcon, TruckIcon } from 'lucide-react'
import type { SellerOrderPage } from '@/lib/dal/seller-orders'
import { formatOrderTime } from './format'

/** Every state change (who made it, and why) and every courier scan, newest first. */
export function OrderTimeline({ entries }: { entries: SellerOrderPage['timeline'] }) {
  return (
    <section aria-labelledby="order-timeline" className="rounded-xl border bg-card">
      <h2 id="order-timeline" className="border-b px-4 py-3 font-semibold">
        Timeline
      </h2>
      {entries.length === 0 ? (
        <p className="px-4 py-3 text-sm text-muted-foreground">Nothing has happened to this order yet.</p>
      ) : (
        <ol className="grid gap-4 px-4 py-4">
          {entries.map((e) => {
            const Icon = e.kind === 'scan' ? TruckIcon : PackageIcon
            return (
              <li key={`${e.kind}-${e.id}`} className="flex gap-3 text-sm">
                <span className="mt-0.5 flex size-7 shrink-0 items-center justify-center rounded-full bg-accent text-primary-ink">
                  <Icon aria-hidden="true" className="size-4" />
                </span>
                <div className="grid min-w-0 gap-0.5">
                  <p className="font-medium break-words">{e.title}</p>
                  <p className="text-xs text-muted-foreground">
                    <time dateTime={e.at}>{formatOrderTime(e.at)}</time>
                    {' · '}
                    {e.actor}
                    {e.location ? ` · ${e.location}` : ''}
                  </p>
                  {e.note ? <p className="break-words whitespace-pre-line text-muted-foreground">“{e.note}”</p> : null}
                </div>
              </li>
            )
          })}
        </ol>
      )}
    </section>
  )
}
