import type { storeBlockedWords } from '@/db/schema'

/**
 * A short blocked-word list for Banarasi Weaves, so the studio's chat rules page and the live
 * chat's refusal have something to show: the usual tricks to take a sale off the platform.
 */
export const DEMO_BLOCKED_WORDS = ['scam', 'whatsapp me', 'pay outside haat'] as const

export function planBlockedWords(stores: readonly { id?: string; slug: string }[]): (typeof storeBlockedWords.$inferInsert)[] {
  const store = stores.find((s) => s.slug === 'banarasi-weaves')
  return store?.id ? DEMO_BLOCKED_WORDS.map((word) => ({ storeId: store.id!, word })) : []
}
