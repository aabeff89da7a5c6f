import { getTableColumns, sql, type Table } from 'drizzle-orm'
import type { Tx } from '@/db/client'
import {
  addresses,
  embeddedRecords,
  inventoryMovements,
  orderEvents,
  orderGroups,
  orderItems,
  orders,
  payments,
  products,
  reviews,
  shipmentEvents,
  shipments,
  stores,
  users,
} from '@/db/schema'
import type { OrderHistory } from './order-rows'

/**
 * One INSERT … SELECT FROM jsonb_to_recordset per table: the rows travel as a single JSON
 * parameter, which PGlite takes several times faster than thousands of bind parameters. Columns
 * come from the drizzle table; one left out of every row keeps its database default.
 */
async function bulk<T extends Table>(tx: Tx, table: T, rows: readonly T['$inferInsert'][]): Promise<void> {
  if (rows.length === 0) return
  const present = Object.entries(getTableColumns(table)).filter(([key]) => rows.some((row) => (row as Record<string, unknown>)[key] !== undefined))
  const json = JSON.stringify(rows.map((row) => Object.fromEntries(present.map(([key, column]) => [column.name, (row as Record<string, unknown>)[key] ?? null]))))
  const names = sql.join(present.map(([, column]) => sql.identifier(column.name)), sql`, `)
  const types = sql.join(present.map(([, column]) => sql`${sql.identifier(column.name)} ${sql.raw(column.getSQLType())}`), sql`, `)
  await tx.execute(sql`insert into ${table} (${names}) select ${names} from jsonb_to_recordset(${json}::jsonb) as x(${types})`)
}

/**
 * Writes the planned order history in bulk, then derives every product's and store's rating from
 * its visible reviews (as recomputeRatings in db/queries/reviews.ts does for one product) and each
 * product's units sold from the orders that were confirmed (as transitionOrder counts them).
 */
export async function insertOrderHistory(tx: Tx, h: OrderHistory): Promise<void> {
  await bulk(tx, users, h.users)
  await bulk(tx, addresses, h.addresses)
  await bulk(tx, orderGroups, h.groups)
  await bulk(tx, orders, h.orders)
  await bulk(tx, orderItems, h.items)
  await bulk(tx, orderEvents, h.events)
  await bulk(tx, payments, h.payments)
  await bulk(tx, inventoryMovements, h.movements)
  await bulk(tx, reviews, h.reviews)
  await bulk(tx, shipments, h.shipments)
  await bulk(tx, shipmentEvents, h.shipmentEvents)
  await bulk(tx, embeddedRecords, h.records)

  await tx.execute(sql`
    update ${products} p set
      rating_avg = r.avg,
      rating_count = coalesce(r.n, 0),
      sold_count = coalesce(s.units, 0)
    from ${products} base
    left join (
      select product_id, avg(rating)::real as avg, count(*)::int as n
      from ${reviews} where status = 'visible' group by product_id
    ) r on r.product_id = base.id
    left join (
      select i.product_id, sum(i.quantity)::int as units
      from ${orderItems} i
      where exists (select 1 from ${orderEvents} e where e.order_id = i.order_id and e.to_status = 'confirmed')
      group by i.product_id
    ) s on s.product_id = base.id
    where p.id = base.id`)
  await tx.execute(sql`
    update ${stores} st set rating_avg = r.avg, rating_count = coalesce(r.n, 0)
    from ${stores} base
    left join (
      select pr.store_id, avg(rv.rating)::real as avg, count(*)::int as n
      from ${reviews} rv join ${products} pr on pr.id = rv.product_id
      where rv.status = 'visible' group by pr.store_id
    ) r on r.store_id = base.id
    where st.id = base.id`)
}
