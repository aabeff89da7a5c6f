import Image from 'next/image'
import { formatDuration, formatOffset } from '@/components/show/format'
import { formatINR } from '@/lib/utils'

const count = new Intl.NumberFormat('en-IN')

type Props = {
  report: {
    peakViewers: number
    uniqueViewers: number
    totalWatchMs: number
    averageWatchMs: number
    durationMs: number
    messages: number
    reactions: number
    orders: number
    revenuePaise: number
  }
  chapters: { id: string; type: string; mediaOffsetMs: number; title: string | null; imageUrl: string | null }[]
}

const TYPE_LABELS: Record<string, string> = { spotlight: 'Spotlight', flash_sale: 'Flash sale', auction: 'Auction', poll: 'Poll', giveaway: 'Giveaway' }

/** The report of an ended show (SPEC §9.4's per-show figures that exist so far). */
export function ShowReport({ report, chapters }: Props) {
  const stats = [
    { label: 'Peak viewers', value: count.format(report.peakViewers) },
    { label: 'Unique viewers', value: count.format(report.uniqueViewers) },
    { label: 'Total watch time', value: formatDuration(report.totalWatchMs) },
    { label: 'Average watch time', value: report.uniqueViewers > 0 ? formatDuration(report.averageWatchMs) : '—' },
    { label: 'Show length', value: report.durationMs > 0 ? formatDuration(report.durationMs) : '—' },
    { label: 'Chat messages', value: count.format(report.messages) },
    { label: 'Reactions', value: count.format(report.reactions) },
    { label: 'Orders', value: count.format(report.orders) },
    { label: 'Revenue', value: formatINR(report.revenuePaise) },
  ]
  return (
    <div className="grid gap-6">
      <section aria-labelledby="report-heading" className="rounded-xl border bg-card p-4 sm:p-6">
        <h2 id="report-heading" className="mb-4 text-lg font-semibold tracking-tight">
          Report
        </h2>
        <dl className="grid grid-cols-2 gap-4 sm:grid-cols-3">
          {stats.map((s) => (
            <div key={s.label} className="rounded-lg bg-muted/50 p-3">
              <dt className="text-xs text-muted-foreground">{s.label}</dt>
              <dd className="mt-1 text-xl font-bold tracking-tight tabular-nums">{s.value}</dd>
            </div>
          ))}
        </dl>
        <p className="mt-3 text-[13px] text-muted-foreground">Orders and revenue count paid and cash-on-delivery orders placed through this show, not cancelled ones.</p>
      </section>
      <section aria-labelledby="chapters-heading" className="rounded-xl border bg-card p-4 sm:p-6">
        <h2 id="chapters-heading" className="mb-4 text-lg font-semibold tracking-tight">
          Chapters
        </h2>
        {chapters.length === 0 ? (
          <p className="text-sm text-muted-foreground">No products were spotlighted, and no flash sales, auctions or polls were run in this show.</p>
        ) : (
          <ol className="grid gap-2">
            {chapters.map((c) => (
              <li key={c.id} className="flex items-center gap-3 rounded-lg border p-2">
                <span className="w-16 shrink-0 font-mono text-sm tabular-nums">{formatOffset(c.mediaOffsetMs)}</span>
                <span className="relative size-10 shrink-0 overflow-hidden rounded-md bg-muted">{c.imageUrl ? <Image src={c.imageUrl} alt="" fill sizes="40px" className="object-cover" /> : null}</span>
                <span className="min-w-0 flex-1">
                  <span className="block text-xs text-muted-foreground">{TYPE_LABELS[c.type] ?? c.type}</span>
                  <span className="line-clamp-1 text-sm font-medium">{c.title ?? 'Audience poll'}</span>
                </span>
              </li>
            ))}
          </ol>
        )}
      </section>
    </div>
  )
}
