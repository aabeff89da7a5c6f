import { and, eq } from 'drizzle-orm'
import type { DbOrTx } from '@/db/client'
import { products, showProducts, shows } from '@/db/schema'

/** A run-list product of a live show: its slug and the show's live price, or null when it isn't one. */
export async function findLiveRunListProduct(db: DbOrTx, input: { showId: string; productId: string }) {
  const [row] = await db
    .select({ slug: products.slug, livePricePaise: showProducts.livePricePaise, status: shows.status })
    .from(showProducts)
    .innerJoin(shows, eq(shows.id, showProducts.showId))
    .innerJoin(products, eq(products.id, showProducts.productId))
    .where(and(eq(showProducts.showId, input.showId), eq(showProducts.productId, input.productId)))
  return row ?? null
}
