import { REVIEWS_STEP, type ProductReviewParams } from '@/lib/validations/review'

type RawParams = Record<string, string | string[] | undefined>

/**
 * A product page URL with the reviews' state changed and the page's other parameters (variant,
 * PIN) kept. Defaults are left out, so the plain product URL stays the canonical one.
 */
export function reviewsHref(slug: string, raw: RawParams, current: ProductReviewParams, change: Partial<ProductReviewParams>): string {
  const next = { ...current, ...change }
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries(raw)) {
    if (key.startsWith('reviews_')) continue
    const v = Array.isArray(value) ? value[0] : value
    if (v !== undefined) params.set(key, v)
  }
  if (next.sort !== 'newest') params.set('reviews_sort', next.sort)
  if (next.stars !== null) params.set('reviews_stars', String(next.stars))
  if (next.shown !== REVIEWS_STEP) params.set('reviews_shown', String(next.shown))
  const query = params.toString()
  return `/p/${slug}${query ? `?${query}` : ''}#reviews`
}
