import type { MotifKind } from '../motifs'
import type { ColourName } from './colours'
import type { StoreKey } from './stores'

/**
 * One option of a product. `values` are fixed (sizes, storage); `colours` is a pool from which
 * `pick` colours are drawn per product. `extraRupees[i]` is added to the price of values[i].
 */
export type OptionSpec = {
  name: string
  values?: readonly string[]
  colours?: readonly ColourName[]
  pick?: number
  extraRupees?: readonly number[]
}

/** [title, price in rupees, compare-at (MRP) in rupees or null, options override or false for none] */
export type ItemSeed = readonly [string, number, (number | null)?, (readonly OptionSpec[] | false)?]

export type SubcategorySeed = {
  /** Category path, e.g. "fashion/sarees". */
  path: string
  store: StoreKey
  sku: string
  motif: MotifKind
  /** Colours the images are tinted with when a product has no colour option. */
  tints: readonly ColourName[]
  options?: readonly OptionSpec[]
  /** Share of items (0–1) that get the subcategory's options as variants. */
  variantShare?: number
  weightGrams: readonly [number, number]
  dims: readonly [number, number, number]
  tags: readonly string[]
  /** Opening sentences; "{title}" is replaced with the product title. */
  intros: readonly string[]
  bullets: readonly string[]
  items: readonly ItemSeed[]
}

export const APPAREL_SIZES = ['S', 'M', 'L', 'XL'] as const
export const SHOE_SIZES = ['UK 6', 'UK 7', 'UK 8', 'UK 9', 'UK 10'] as const
