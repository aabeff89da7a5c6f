import { EyeIcon, IndianRupeeIcon, ShoppingBagIcon, TrendingUpIcon, UsersIcon } from 'lucide-react'
import type { LucideIcon } from 'lucide-react'
import { formatINR } from '@/lib/utils'
import type { ConsoleStats } from './console-state'

function Stat({ icon: Icon, label, value, testId }: { icon: LucideIcon; label: string; value: string; testId?: string }) {
  return (
    <div className="grid gap-0.5 rounded-lg border bg-card px-3 py-2">
      <dt className="flex items-center gap-1.5 text-xs text-muted-foreground">
        <Icon aria-hidden="true" className="size-3.5" /> {label}
      </dt>
      <dd data-testid={testId} className="text-lg font-semibold tabular-nums">
        {value}
      </dd>
    </div>
  )
}

const count = (n: number) => n.toLocaleString('en-IN')

/**
 * Figures as they happen. Sales are a live region (a new order is worth hearing about); the
 * viewer count changes every few seconds, so it is left for the reader to look at.
 */
export function StatsPanel({ stats }: { stats: ConsoleStats }) {
  return (
    <section aria-label="Live stats" className="grid gap-2">
      <dl className="grid grid-cols-3 gap-2">
        <Stat icon={EyeIcon} label="Watching now" value={count(stats.viewers.concurrent)} testId="console-stat-viewers" />
        <Stat icon={TrendingUpIcon} label="Peak" value={count(stats.viewers.peak)} />
        <Stat icon={UsersIcon} label="Unique" value={count(stats.viewers.unique)} />
      </dl>
      <dl className="grid grid-cols-2 gap-2" aria-live="polite" aria-atomic="true">
        <Stat icon={ShoppingBagIcon} label="Orders" value={count(stats.orders)} testId="console-stat-orders" />
        <Stat icon={IndianRupeeIcon} label="Revenue" value={formatINR(stats.revenuePaise)} testId="console-stat-revenue" />
      </dl>
    </section>
  )
}
