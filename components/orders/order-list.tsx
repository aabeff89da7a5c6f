import type { BuyerOrderSection } from '@/lib/dal/buyer-orders'
import { formatOrderDate } from './order-format'
import { OrderCard } from './order-card'

/** The buyer's orders; the orders one checkout made (one per store) sit together under one heading. */
export function OrderList({ sections }: { sections: BuyerOrderSection[] }) {
  return (
    <ol aria-label="Your orders" className="grid gap-4">
      {sections.map((section) =>
        section.together ? (
          <li key={`${section.groupId}-${section.orders[0]?.id}`}>
            <section aria-labelledby={`group-${section.groupId}`} className="grid gap-3 rounded-2xl border border-dashed p-3 sm:p-4">
              <h2 id={`group-${section.groupId}`} className="text-sm font-medium text-muted-foreground">
                Placed together{section.orders[0] ? ` on ${formatOrderDate(section.orders[0].placedAt)}` : ''} · one checkout, {section.size} orders
              </h2>
              <ol className="grid gap-3">
                {section.orders.map((order) => (
                  <li key={order.id}>
                    <OrderCard order={order} headingLevel="h3" />
                  </li>
                ))}
              </ol>
            </section>
          </li>
        ) : (
          section.orders.map((order) => (
            <li key={order.id}>
              <OrderCard order={order} />
            </li>
          ))
        ),
      )}
    </ol>
  )
}
