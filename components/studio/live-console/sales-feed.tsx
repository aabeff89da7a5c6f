'use client'

import { FlagIcon, ShoppingBagIcon, Trash2Icon } from 'lucide-react'
import type { Dispatch } from 'react'
import { deleteChatAction } from '@/components/live/actions'
import { Button } from '@/components/ui/button'
import { formatINR } from '@/lib/utils'
import type { ConsoleAction, ConsoleOrder, ConsoleReport } from './console-state'
import { formatFeedTime } from './format'
import { useConsoleCommand } from './use-console-command'
import { CommandStatus } from './command-status'

/** Orders as they are paid: "<first name> from <city> bought …" and the amount. */
export function OrdersFeed({ orders }: { orders: ConsoleOrder[] }) {
  return (
    <section aria-labelledby="console-orders-title" className="grid gap-3 rounded-xl border bg-card p-4">
      <h2 id="console-orders-title" className="text-base font-semibold">
        Recent orders
      </h2>
      {orders.length === 0 ? <p className="text-sm text-muted-foreground">No orders yet. Spotlight a product to get the first one.</p> : null}
      <ul data-testid="console-orders" aria-live="polite" aria-relevant="additions" className="grid max-h-80 gap-2 overflow-y-auto">
        {orders.map((o) => (
          <li key={o.orderId} className="flex items-start gap-2 rounded-lg border p-2 text-sm">
            <ShoppingBagIcon aria-hidden="true" className="mt-0.5 size-4 shrink-0 text-primary" />
            <span className="min-w-0 flex-1">
              <span className="font-medium">{o.buyerFirstName}</span> from {o.city} bought <span className="break-words">{o.productTitle}</span>
              <span className="block text-xs text-muted-foreground">
                <time dateTime={o.at}>{formatFeedTime(o.at)}</time>
              </span>
            </span>
            <span className="shrink-0 font-semibold tabular-nums">{formatINR(o.totalPaise)}</span>
          </li>
        ))}
      </ul>
    </section>
  )
}

/** Chat messages viewers reported: remove the message, or dismiss the report from this list. */
export function ReportsFeed({ reports, dispatch }: { reports: ConsoleReport[]; dispatch: Dispatch<ConsoleAction> }) {
  const command = useConsoleCommand()
  const remove = (r: ConsoleReport) =>
    command.run(r.messageId, () => deleteChatAction({ messageId: r.messageId }), () => {
      dispatch({ type: 'chat-deleted', id: r.messageId })
      return `Removed ${r.author}’s message.`
    })

  return (
    <section aria-labelledby="console-reports-title" className="grid gap-3 rounded-xl border bg-card p-4">
      <h2 id="console-reports-title" className="text-base font-semibold">
        Reported messages {reports.length > 0 ? <span className="text-muted-foreground">({reports.length})</span> : null}
      </h2>
      <CommandStatus command={command} />
      {reports.length === 0 ? (
        <p className="text-sm text-muted-foreground">Nothing reported. When a viewer reports a chat message, it appears here.</p>
      ) : (
        <ul aria-live="polite" aria-relevant="additions" className="grid gap-2">
          {reports.map((r) => (
            <li key={`${r.messageId}-${r.reporter}-${r.at}`} className="grid gap-2 rounded-lg border border-destructive/30 p-3 text-sm">
              <p className="flex items-start gap-2">
                <FlagIcon aria-hidden="true" className="mt-0.5 size-4 shrink-0 text-destructive" />
                <span className="min-w-0">
                  <span className="font-medium">{r.author}:</span> <span className="break-words">“{r.body}”</span>
                  <span className="block text-xs text-muted-foreground">
                    Reported by {r.reporter} · {r.reason} · <time dateTime={r.at}>{formatFeedTime(r.at)}</time>
                  </span>
                </span>
              </p>
              <div className="flex flex-wrap gap-2">
                <Button type="button" size="sm" variant="outline" className="text-destructive" onClick={() => remove(r)} disabled={command.pending}>
                  <Trash2Icon aria-hidden="true" /> {command.running === r.messageId ? 'Removing…' : 'Remove message'}
                </Button>
                <Button type="button" size="sm" variant="ghost" onClick={() => dispatch({ type: 'report-dismissed', messageId: r.messageId })}>
                  Keep it
                </Button>
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
