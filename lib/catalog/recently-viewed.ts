/**
 * Recently viewed products live in a plain cookie (SPEC §2.6), so they work for guests and
 * signed-in buyers alike and cost no database write per page view. It only ever holds product
 * ids; the server re-checks that each is still public before showing it.
 */

export const RECENTLY_VIEWED_COOKIE = 'haat_recent'
export const RECENTLY_VIEWED_MAX = 12
export const RECENTLY_VIEWED_MAX_AGE_SECONDS = 60 * 60 * 24 * 90

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

export function parseRecentlyViewed(value: string | undefined | null): string[] {
  if (!value) return []
  const ids: string[] = []
  for (const part of value.split(/[.,]/)) {
    const id = part.trim().toLowerCase()
    if (UUID.test(id) && !ids.includes(id)) ids.push(id)
    if (ids.length === RECENTLY_VIEWED_MAX) break
  }
  return ids
}

/** The cookie value with `productId` moved to the front, capped at the last 12. */
export function pushRecentlyViewed(value: string | undefined | null, productId: string): string {
  const id = productId.toLowerCase()
  if (!UUID.test(id)) return parseRecentlyViewed(value).join('.')
  return [id, ...parseRecentlyViewed(value).filter((x) => x !== id)].slice(0, RECENTLY_VIEWED_MAX).join('.')
}
