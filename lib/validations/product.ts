import { z } from 'zod'
import {
  MAX_OPTION_VALUES,
  MAX_OPTIONS,
  MAX_VARIANTS,
  combinationCount,
  combinations,
  variantKey,
  variantTitle,
} from '@/lib/domain/product-variants'
import { slugSchema } from './common'

/** ₹1 crore: comfortably inside the integer paise column. */
export const MAX_PRICE_PAISE = 1_00_00_000_00
export const MAX_STOCK = 1_000_000

/** "1,299.50", "₹ 499", 499 → paise; null when it is not an amount of rupees. */
export function parseRupees(input: string | number): number | null {
  const text = String(input)
    .trim()
    .replace(/^(₹|rs\.?|inr)\s*/i, '')
    .replace(/[,\s]/g, '')
  if (!/^\d+(\.\d{1,2})?$/.test(text)) return null
  return Math.round(Number(text) * 100)
}

/** Paise → the rupee amount a seller types: 129900 → "1299", 12950 → "129.50". */
export function paiseToRupeesInput(paise: number | null | undefined): string {
  if (paise === null || paise === undefined) return ''
  return paise % 100 === 0 ? String(paise / 100) : (paise / 100).toFixed(2)
}

// Form inputs arrive as strings, CSV cells too; tests and scripts may pass numbers.
const loose = z.union([z.string(), z.number()])

export const rupeesField = (what: string) =>
  loose.transform((value, ctx) => {
    if (String(value).trim() === '') {
      ctx.addIssue({ code: 'custom', message: `Enter ${what}` })
      return z.NEVER
    }
    const paise = parseRupees(value)
    if (paise === null) {
      ctx.addIssue({ code: 'custom', message: 'Enter an amount in rupees, like 499 or 499.50' })
      return z.NEVER
    }
    if (paise <= 0) ctx.addIssue({ code: 'custom', message: 'The price must be above ₹0' })
    if (paise > MAX_PRICE_PAISE) ctx.addIssue({ code: 'custom', message: 'Prices go up to ₹1,00,00,000' })
    return paise
  })

export const optionalRupeesField = loose.optional().transform((value, ctx) => {
  if (value === undefined || String(value).trim() === '') return null
  const paise = parseRupees(value)
  if (paise === null) {
    ctx.addIssue({ code: 'custom', message: 'Enter an amount in rupees, like 999, or leave it empty' })
    return z.NEVER
  }
  if (paise > MAX_PRICE_PAISE) ctx.addIssue({ code: 'custom', message: 'Prices go up to ₹1,00,00,000' })
  return paise
})

export const wholeNumberField = (what: string, min: number, max: number) =>
  loose.transform((value, ctx) => {
    const text = String(value).trim().replace(/,/g, '')
    if (text === '') {
      ctx.addIssue({ code: 'custom', message: `Enter ${what}` })
      return z.NEVER
    }
    if (!/^-?\d+$/.test(text)) {
      ctx.addIssue({ code: 'custom', message: `Enter ${what} as a whole number` })
      return z.NEVER
    }
    const n = Number(text)
    if (n < min || n > max) ctx.addIssue({ code: 'custom', message: `Enter a number from ${min.toLocaleString('en-IN')} to ${max.toLocaleString('en-IN')}` })
    return n
  })

export const skuField = z
  .string()
  .trim()
  .max(64, 'Keep the SKU under 64 characters')
  .regex(/^[A-Za-z0-9._/-]*$/, 'Use letters, numbers, dots, dashes and slashes only')
  .optional()
  .transform((v) => (v ? v : null))

const booleanField = z.union([z.boolean(), z.string()]).transform((value, ctx) => {
  if (typeof value === 'boolean') return value
  const text = value.trim().toLowerCase()
  if (['yes', 'true', '1', 'y'].includes(text)) return true
  if (['no', 'false', '0', 'n', ''].includes(text)) return false
  ctx.addIssue({ code: 'custom', message: 'Use yes or no' })
  return z.NEVER
})

export const PRODUCT_VISIBILITIES = ['draft', 'private', 'public'] as const
export const visibilityField = z.enum(PRODUCT_VISIBILITIES, { error: 'Use draft, private or public' })

const optionalId = z
  .union([z.uuid(), z.literal('')])
  .optional()
  .transform((v) => (v ? v : null))

const optionName = z.string().trim().min(1, 'Name the option, like Size').max(30, 'Keep option names under 30 characters')
const optionValue = z.string().trim().min(1, 'Values cannot be empty').max(40, 'Keep values under 40 characters')

export const optionSchema = z.object({
  name: optionName,
  values: z.array(optionValue).min(1, 'Add at least one value').max(MAX_OPTION_VALUES, `Up to ${MAX_OPTION_VALUES} values per option`),
})

export const variantSchema = z.object({
  optionValues: z.array(z.string()),
  sku: skuField,
  price: rupeesField('a price'),
  compareAt: optionalRupeesField,
  stock: wholeNumberField('the stock', 0, MAX_STOCK),
  mediaId: optionalId,
})

const tag = z.string().trim().min(1).max(30, 'Keep each tag under 30 characters')

/** The product form, the save action and each product of a CSV import. */
export const productSchema = z
  .object({
    storeId: z.uuid(),
    /** Present when editing; the product must belong to storeId. */
    productId: z.uuid().optional(),
    title: z.string().trim().min(3, 'Enter a title of at least 3 characters').max(140, 'Keep the title under 140 characters'),
    slug: slugSchema,
    /** Plain text with paragraphs and "- " bullets; stored as sanitised HTML. */
    description: z.string().max(10_000, 'Keep the description under 10,000 characters').default(''),
    categoryId: optionalId,
    tags: z
      .array(tag)
      .max(20, 'Up to 20 tags')
      .default([])
      .transform((tags) => [...new Map(tags.map((t) => [t.toLowerCase(), t])).values()]),
    price: rupeesField('a price'),
    compareAt: optionalRupeesField,
    sku: skuField,
    stock: wholeNumberField('the stock', 0, MAX_STOCK),
    lowStockThreshold: wholeNumberField('a threshold', 0, 100_000),
    weightGrams: wholeNumberField('the weight', 1, 100_000),
    lengthCm: wholeNumberField('the length', 1, 500),
    breadthCm: wholeNumberField('the breadth', 1, 500),
    heightCm: wholeNumberField('the height', 1, 500),
    visibility: visibilityField,
    availableInLives: booleanField,
    options: z.array(optionSchema).max(MAX_OPTIONS, `Up to ${MAX_OPTIONS} options`).default([]),
    variants: z.array(variantSchema).max(MAX_VARIANTS, `Up to ${MAX_VARIANTS} variants`).default([]),
  })
  .superRefine((p, ctx) => {
    const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message })
    if (typeof p.price === 'number' && typeof p.compareAt === 'number' && p.compareAt <= p.price) {
      issue(['compareAt'], 'The compare-at price must be above the price')
    }

    const names = new Set<string>()
    p.options?.forEach((option, i) => {
      const name = option.name?.toLowerCase()
      if (name && names.has(name)) issue(['options', i, 'name'], 'Each option needs a different name')
      if (name) names.add(name)
      const values = new Set<string>()
      for (const value of option.values ?? []) {
        if (values.has(value.toLowerCase())) issue(['options', i, 'values'], `“${value}” is listed twice`)
        values.add(value.toLowerCase())
      }
    })
    const options = p.options ?? []
    const variants = p.variants ?? []
    if (combinationCount(options) > MAX_VARIANTS) {
      issue(['options'], `These options make ${combinationCount(options)} variants; the limit is ${MAX_VARIANTS}`)
      return
    }

    const expected = new Set(combinations(options).map(variantKey))
    const seen = new Set<string>()
    variants.forEach((v, i) => {
      const key = variantKey(v.optionValues)
      if (!expected.has(key) || seen.has(key)) issue(['variants', i, 'optionValues'], `${variantTitle(v.optionValues)} does not match the options`)
      seen.add(key)
      if (typeof v.price === 'number' && typeof v.compareAt === 'number' && v.compareAt <= v.price) {
        issue(['variants', i, 'compareAt'], 'The compare-at price must be above the price')
      }
    })
    const missing = combinations(options).filter((values) => !seen.has(variantKey(values)))
    if (missing.length > 0) issue(['variants'], `Add ${missing.map(variantTitle).slice(0, 3).join(', ')}${missing.length > 3 ? '…' : ''}: every combination needs a row`)

    const skus = new Map<string, string>()
    if (p.sku) skus.set(p.sku.toLowerCase(), 'product')
    variants.forEach((v, i) => {
      if (!v.sku) return
      if (skus.has(v.sku.toLowerCase())) issue(['variants', i, 'sku'], 'Each variant needs its own SKU')
      skus.set(v.sku.toLowerCase(), `variant ${i}`)
    })
  })
  .transform((p) => ({
    storeId: p.storeId,
    productId: p.productId ?? null,
    title: p.title,
    slug: p.slug,
    description: p.description,
    categoryId: p.categoryId,
    tags: p.tags,
    pricePaise: p.price,
    compareAtPaise: p.compareAt,
    sku: p.sku,
    stock: p.stock,
    lowStockThreshold: p.lowStockThreshold,
    weightGrams: p.weightGrams,
    lengthCm: p.lengthCm,
    breadthCm: p.breadthCm,
    heightCm: p.heightCm,
    visibility: p.visibility,
    availableInLives: p.availableInLives,
    options: p.options,
    variants: p.variants.map((v) => ({
      optionValues: v.optionValues,
      sku: v.sku,
      pricePaise: v.price,
      compareAtPaise: v.compareAt,
      stock: v.stock,
      mediaId: v.mediaId,
    })),
  }))

export type ProductFormValues = z.input<typeof productSchema>
export type ProductInput = z.output<typeof productSchema>
export type VariantFormValues = z.input<typeof variantSchema>

export const productRefSchema = z.object({ storeId: z.uuid(), productId: z.uuid() })
export const archiveProductSchema = productRefSchema.extend({ archived: z.boolean() })
