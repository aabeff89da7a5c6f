import { z } from 'zod'
import { MAX_STOCK, parseRupees, MAX_PRICE_PAISE } from './product'

export const BULK_OPERATIONS = ['set_price', 'adjust_price_percent', 'set_stock', 'add_stock'] as const
export type BulkOperation = (typeof BULK_OPERATIONS)[number]

/** Bulk price and stock edit of selected products; every variant of a product gets the change. */
export const bulkEditSchema = z
  .object({
    storeId: z.uuid(),
    productIds: z.array(z.uuid()).min(1, 'Select at least one product').max(500, 'Select up to 500 products at a time'),
    operation: z.enum(BULK_OPERATIONS, { error: 'Choose what to change' }),
    value: z.union([z.string(), z.number()]),
  })
  .transform((input, ctx) => {
    const text = String(input.value).trim().replace(/,/g, '')
    const fail = (message: string) => {
      ctx.addIssue({ code: 'custom', path: ['value'], message })
      return z.NEVER
    }
    switch (input.operation) {
      case 'set_price': {
        const paise = parseRupees(text)
        if (paise === null || paise <= 0) return fail('Enter a price in rupees, like 499')
        if (paise > MAX_PRICE_PAISE) return fail('Prices go up to ₹1,00,00,000')
        return { storeId: input.storeId, productIds: input.productIds, operation: input.operation, amount: paise }
      }
      case 'adjust_price_percent': {
        if (!/^[+-]?\d+(\.\d+)?$/.test(text)) return fail('Enter a percentage, like 10 or -15')
        const percent = Number(text)
        if (percent === 0 || percent <= -90 || percent > 500) return fail('Use a change from -89% to +500%, not 0')
        return { storeId: input.storeId, productIds: input.productIds, operation: input.operation, amount: percent }
      }
      case 'set_stock':
      case 'add_stock': {
        if (!/^[+-]?\d+$/.test(text)) return fail('Enter a whole number')
        const n = Number(text)
        if (input.operation === 'set_stock' && (n < 0 || n > MAX_STOCK)) return fail(`Enter a stock from 0 to ${MAX_STOCK.toLocaleString('en-IN')}`)
        if (input.operation === 'add_stock' && (n === 0 || Math.abs(n) > MAX_STOCK)) return fail('Enter a number to add (or a negative one to remove), not 0')
        return { storeId: input.storeId, productIds: input.productIds, operation: input.operation, amount: n }
      }
    }
  })
export type BulkEditFormValues = z.input<typeof bulkEditSchema>
export type BulkEditInput = z.output<typeof bulkEditSchema>

const mediaRef = { storeId: z.uuid(), productId: z.uuid() }

export const mediaAltSchema = z.object({
  ...mediaRef,
  mediaId: z.uuid(),
  alt: z.string().trim().max(200, 'Keep the description under 200 characters'),
})
export const mediaOrderSchema = z.object({ ...mediaRef, mediaIds: z.array(z.uuid()).min(1).max(50) })
export const mediaDeleteSchema = z.object({ ...mediaRef, mediaId: z.uuid() })
export const mediaUploadSchema = z.object({
  ...mediaRef,
  file: z.instanceof(File, { message: 'Choose a file to upload' }),
  alt: z.string().trim().max(200).optional().default(''),
})

/** Videos go straight from the browser to storage: first a signed URL for the declared file… */
export const videoUploadStartSchema = z.object({
  ...mediaRef,
  name: z.string().trim().min(1).max(255),
  size: z.number().int().min(1, 'That file is empty.'),
  contentType: z.string().max(100),
})
/** …then, once the bytes are there, the check that makes it the product's video. */
export const videoUploadFinishSchema = z.object({
  ...mediaRef,
  key: z.string().min(1).max(300),
  claim: z.string().min(1).max(200),
  alt: z.string().trim().max(200).optional().default(''),
})

export const IMPORT_MODES = ['all_or_nothing', 'valid_only'] as const
export const importProductsSchema = z.object({
  storeId: z.uuid(),
  /** The CSV text; 10 MB is about 20,000 rows with descriptions. */
  csv: z.string().min(1, 'The file is empty').max(10 * 1024 * 1024, 'Import files can be up to 10 MB'),
  mode: z.enum(IMPORT_MODES).default('all_or_nothing'),
})

export const suspendProductSchema = z.object({
  productId: z.uuid(),
  reason: z.string().trim().min(5, 'Tell the seller why, so they can fix it (at least 5 characters)').max(500, 'Keep the reason under 500 characters'),
})
export type SuspendProductInput = z.input<typeof suspendProductSchema>
export const restoreProductSchema = z.object({ productId: z.uuid() })

export const PRODUCT_SORTS = ['updated', 'newest', 'oldest', 'title', 'price_asc', 'price_desc', 'stock_asc', 'stock_desc'] as const
export type ProductSort = (typeof PRODUCT_SORTS)[number]

/** The studio product list's URL state; anything unexpected falls back to the default. */
export const productListParamsSchema = z.object({
  q: z.string().trim().max(100).catch('').default(''),
  visibility: z.enum(['all', 'draft', 'private', 'public']).catch('all').default('all'),
  status: z.enum(['active', 'archived', 'suspended', 'all']).catch('active').default('active'),
  stock: z.enum(['all', 'low', 'out']).catch('all').default('all'),
  category: z.union([z.uuid(), z.literal('')]).catch('').default(''),
  sort: z.enum(PRODUCT_SORTS).catch('updated').default('updated'),
  page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
})
export type ProductListParams = z.output<typeof productListParamsSchema>

export function parseProductListParams(searchParams: Record<string, string | string[] | undefined>): ProductListParams {
  const first = Object.fromEntries(Object.entries(searchParams).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]))
  return productListParamsSchema.parse(first)
}

export const adminProductListParamsSchema = z.object({
  q: z.string().trim().max(100).catch('').default(''),
  status: z.enum(['all', 'active', 'archived', 'suspended']).catch('all').default('all'),
  page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
})
