import 'server-only'

import type { Db, DbOrTx } from '@/db/client'
import { listStoreBlockedWords, replaceStoreBlockedWords } from '@/db/queries/store-blocked-words'
import { getMembership } from '@/db/queries/stores'
import { ActionError } from '@/lib/actions/errors'
import { normaliseBlockedWords } from '@/lib/validations/blocked-words'

// The studio's chat rules (SPEC §6.1, §9.5). The page and the action have already checked the
// caller; these check again, because a wrong store id here would edit someone else's chat.

export type BlockedWordsCtx = { storeId: string; actorId: string }

const NO_ACCESS = 'You do not have access to this store.'

async function requireOwner(db: DbOrTx, ctx: BlockedWordsCtx): Promise<void> {
  const membership = await getMembership(db, ctx.actorId, ctx.storeId)
  if (membership?.role !== 'owner') throw new ActionError('forbidden', NO_ACCESS)
}

/** The store's blocked words, alphabetical. Owners only. */
export async function getBlockedWords(db: DbOrTx, ctx: BlockedWordsCtx): Promise<string[]> {
  await requireOwner(db, ctx)
  return listStoreBlockedWords(db, ctx.storeId)
}

/**
 * Replaces the whole list and returns it as saved. The words are normalised and de-duplicated
 * again so a caller that skipped the schema still cannot store "Scam" beside "scam".
 */
export async function saveBlockedWords(db: Db, ctx: BlockedWordsCtx, words: readonly string[]): Promise<string[]> {
  await requireOwner(db, ctx)
  const list = normaliseBlockedWords(words)
  return db.transaction(async (tx) => {
    if (!(await replaceStoreBlockedWords(tx, ctx.storeId, list))) throw new ActionError('not_found', 'This store no longer exists. Go back to the studio.')
    return listStoreBlockedWords(tx, ctx.storeId)
  })
}
