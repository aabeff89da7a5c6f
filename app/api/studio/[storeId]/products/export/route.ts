// GET /api/studio/[storeId]/products/export – every product of the store as CSV, one row per variant (columns: lib/domain/product-csv.ts).
import { z } from 'zod'
import { getDb } from '@/db'
import { getMembership } from '@/db/queries/stores'
import { getStudioStore } from '@/db/queries/studio-products'
import { getCurrentUser } from '@/lib/auth'
import { exportProductsCsv } from '@/lib/dal/studio-import'

export async function GET(_request: Request, context: RouteContext<'/api/studio/[storeId]/products/export'>) {
  const { storeId } = await context.params
  const user = await getCurrentUser()
  if (!user) return new Response('Sign in to export products.', { status: 401 })
  const db = getDb()
  const membership = z.uuid().safeParse(storeId).success ? await getMembership(db, user.id, storeId) : null
  // Same answer for "no such store" and "not yours", as on the studio pages.
  if (!membership || membership.role !== 'owner') return new Response('Not found', { status: 404 })
  const [store, csv] = await Promise.all([getStudioStore(db, storeId), exportProductsCsv(db, storeId)])
  const date = new Date().toLocaleDateString('en-CA', { timeZone: 'Asia/Kolkata' })
  return new Response(`\uFEFF${csv}`, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${store?.slug ?? 'store'}-products-${date}.csv"`,
      'Cache-Control': 'private, no-store',
    },
  })
}
