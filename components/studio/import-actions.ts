'use server'

import { getDb } from '@/db'
import { sellerAction } from '@/lib/actions/safe-action'
import { afterProductWrite } from '@/lib/dal/studio-after-write'
import { importProductsCsv } from '@/lib/dal/studio-import'
import { importProductsSchema } from '@/lib/validations/product-operations'

/** Called by POST /api/studio/[storeId]/products/import, which takes files above the server-action body limit. */
export const importProductsAction = sellerAction(
  importProductsSchema,
  async (input, { user }) => {
    const report = await importProductsCsv(getDb(), { storeId: input.storeId, actorId: user.id }, input.csv, input.mode)
    if (report.imported) await afterProductWrite(input.storeId, report.productIds)
    const { productIds: _ids, ...rest } = report
    return { ...rest, issues: rest.issues.slice(0, 1000), issueCount: rest.issues.length }
  },
  { rateLimit: { name: 'studio-import', limit: 20, windowSeconds: 600 } },
)
