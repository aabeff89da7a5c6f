import { z } from 'zod'
import { formatINR } from '@/lib/utils'
import { parseIndiaDateTime, toIndiaDateTimeInput } from './coupon'
import { paiseToRupeesInput, parseRupees } from './product'

export const SHOW_LANGUAGES = [
  { code: 'en', label: 'English' },
  { code: 'hi', label: 'Hindi' },
  { code: 'bn', label: 'Bengali' },
  { code: 'ta', label: 'Tamil' },
  { code: 'te', label: 'Telugu' },
  { code: 'mr', label: 'Marathi' },
  { code: 'gu', label: 'Gujarati' },
  { code: 'kn', label: 'Kannada' },
  { code: 'ml', label: 'Malayalam' },
  { code: 'pa', label: 'Punjabi' },
  { code: 'or', label: 'Odia' },
] as const
export type ShowLanguage = (typeof SHOW_LANGUAGES)[number]['code']
const LANGUAGE_CODES = SHOW_LANGUAGES.map((l) => l.code) as [ShowLanguage, ...ShowLanguage[]]

export function languageLabel(code: string): string {
  return SHOW_LANGUAGES.find((l) => l.code === code)?.label ?? code
}

export const MAX_RUN_LIST = 50
/** How far ahead a show may be scheduled; further out, buyers forget and reminders lose meaning. */
export const MAX_DAYS_AHEAD = 90

const runListItem = z.object({
  productId: z.uuid({ message: 'Choose a product from your store' }),
  /** Rupees as typed; empty means the product's own price during the show. */
  livePrice: z
    .union([z.string(), z.number()])
    .optional()
    .transform((value, ctx) => {
      if (value === undefined || String(value).trim() === '') return null
      const paise = parseRupees(value)
      if (paise === null || paise <= 0) {
        ctx.addIssue({ code: 'custom', message: 'Enter the live price in rupees, like 499, or leave it empty' })
        return z.NEVER
      }
      return paise
    }),
})

const optionalUuid = z
  .union([z.uuid(), z.literal('')])
  .optional()
  .transform((v) => (v ? v : null))

const showShape = {
  storeId: z.uuid(),
  title: z.string().trim().min(3, 'Give the show a title of at least 3 characters').max(100, 'Keep the title to 100 characters'),
  description: z.string().trim().max(2000, 'Keep the description to 2,000 characters').optional().default(''),
  categoryId: optionalUuid,
  language: z.enum(LANGUAGE_CODES, { error: 'Choose the language you will speak' }),
  /** A `datetime-local` value in India time (IST), stored as UTC. */
  scheduledAt: z.string({ error: 'Choose when the show starts' }).transform((value, ctx) => {
    const date = value.trim() ? parseIndiaDateTime(value) : null
    if (!date) {
      ctx.addIssue({ code: 'custom', message: 'Choose the date and time the show starts' })
      return z.NEVER
    }
    const now = Date.now()
    if (date.getTime() <= now) ctx.addIssue({ code: 'custom', message: 'Pick a start time in the future' })
    else if (date.getTime() > now + MAX_DAYS_AHEAD * 86_400_000) ctx.addIssue({ code: 'custom', message: `Schedule the show within the next ${MAX_DAYS_AHEAD} days` })
    return date
  }),
  runList: z
    .array(runListItem)
    .min(1, 'Add at least one product to the run list')
    .max(MAX_RUN_LIST, `A run list can have up to ${MAX_RUN_LIST} products`)
    .superRefine((items, ctx) => {
      const seen = new Set<string>()
      items.forEach((item, i) => {
        if (seen.has(item.productId)) ctx.addIssue({ code: 'custom', path: [i, 'productId'], message: 'This product is already in the run list' })
        seen.add(item.productId)
      })
    }),
}

/** Schedule a show; the same fields edit it while it is still scheduled (`showId` set). */
export const showSchema = z.object({
  ...showShape,
  showId: z
    .union([z.uuid(), z.literal('')])
    .optional()
    .transform((v) => (v ? v : undefined)),
})

export type ShowInput = z.output<typeof showSchema>

/** A run-list row in the form: the fields sent, plus what the picker shows (stripped by the schema). */
export type RunListFormItem = {
  productId: string
  livePrice: string
  title: string
  imageUrl: string | null
  pricePaise: number
  stock: number
}

export type ShowFormValues = Omit<z.input<typeof showSchema>, 'runList'> & { runList: RunListFormItem[] }

/**
 * A live price must be below the product's own (lowest) price, or it is no offer. Both the form
 * (with the prices it shows) and the server (with the prices it reads) apply this.
 */
export function livePriceErrors(items: readonly { productId: string; livePricePaise: number | null }[], priceOf: (productId: string) => number | undefined) {
  const errors: Record<string, string[]> = {}
  items.forEach((item, i) => {
    const price = priceOf(item.productId)
    if (item.livePricePaise !== null && price !== undefined && item.livePricePaise >= price) {
      errors[`runList.${i}.livePrice`] = [`Set a live price below the usual ${formatINR(price)}, or leave it empty`]
    }
  })
  return errors
}

export const showRefSchema = z.object({ storeId: z.uuid(), showId: z.uuid() })
export type ShowRef = z.output<typeof showRefSchema>

export const showCoverSchema = showRefSchema.extend({ file: z.instanceof(File, { message: 'Choose a photo for the cover' }) })

export const runListSearchSchema = z.object({
  storeId: z.uuid(),
  query: z.string().trim().max(100).optional().default(''),
})

export const showReminderSchema = z.object({ showId: z.uuid(), on: z.boolean() })

/** Blank form: tomorrow at 7 pm IST, the busiest slot for lives. */
export function newShowFormValues(storeId: string, now = new Date()): ShowFormValues {
  const ist = new Date(now.getTime() + 330 * 60_000 + 86_400_000)
  const day = ist.toISOString().slice(0, 10)
  return { storeId, showId: '', title: '', description: '', categoryId: '', language: 'en', scheduledAt: `${day}T19:00`, runList: [] }
}

export function showFormValues(show: {
  id: string
  storeId: string
  title: string
  description: string
  categoryId: string | null
  language: string
  scheduledAt: Date
  runList: { productId: string; livePricePaise: number | null; title: string; imageUrl: string | null; pricePaise: number; stock: number }[]
}): ShowFormValues {
  return {
    storeId: show.storeId,
    showId: show.id,
    title: show.title,
    description: show.description,
    categoryId: show.categoryId ?? '',
    language: (LANGUAGE_CODES as string[]).includes(show.language) ? (show.language as ShowLanguage) : 'en',
    scheduledAt: toIndiaDateTimeInput(show.scheduledAt),
    runList: show.runList.map((r) => ({ ...r, livePrice: paiseToRupeesInput(r.livePricePaise) })),
  }
}
