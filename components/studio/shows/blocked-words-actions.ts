'use server'

import { getDb } from '@/db'
import { sellerAction } from '@/lib/actions/safe-action'
import { saveBlockedWords } from '@/lib/dal/store-blocked-words'
import { blockedWordsSchema } from '@/lib/validations/blocked-words'

// The chat reads the list from the database on every message, so there is no cache to refresh.
export const saveBlockedWordsAction = sellerAction(
  blockedWordsSchema,
  async (input, { user }) => ({ words: await saveBlockedWords(getDb(), { storeId: input.storeId, actorId: user.id }, input.words) }),
  { rateLimit: { name: 'blocked-words', limit: 30, windowSeconds: 600 } },
)
