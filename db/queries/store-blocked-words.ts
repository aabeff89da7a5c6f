import { asc, eq } from 'drizzle-orm'
import type { DbOrTx } from '@/db/client'
import { storeBlockedWords, stores } from '@/db/schema'

// The store's blocked-word list as the studio edits it; the chat reads it in live-shows.ts.

export async function listStoreBlockedWords(db: DbOrTx, storeId: string): Promise<string[]> {
  const rows = await db.select({ word: storeBlockedWords.word }).from(storeBlockedWords).where(eq(storeBlockedWords.storeId, storeId)).orderBy(asc(storeBlockedWords.word))
  return rows.map((r) => r.word)
}

/**
 * Swaps the whole list for `words` (already normalised and distinct). Run inside a transaction:
 * the store row is locked first so two saves at once end with one list, not a mix or a
 * duplicate-key error. NO KEY UPDATE still lets rows elsewhere reference the store meanwhile.
 */
export async function replaceStoreBlockedWords(tx: DbOrTx, storeId: string, words: readonly string[]): Promise<boolean> {
  const [store] = await tx.select({ id: stores.id }).from(stores).where(eq(stores.id, storeId)).for('no key update')
  if (!store) return false
  await tx.delete(storeBlockedWords).where(eq(storeBlockedWords.storeId, storeId))
  if (words.length > 0) await tx.insert(storeBlockedWords).values(words.map((word) => ({ storeId, word })))
  return true
}
