'use server'

import { after } from 'next/server'
import { getDb } from '@/db'
import { ActionError, sellerAction } from '@/lib/actions/safe-action'
import { afterShowTransition } from '@/lib/dal/show-effects'
import { afterShowWrite } from '@/lib/dal/show-publish'
import { searchStoreRunListProducts } from '@/lib/dal/studio-show-pages'
import { changeShowStatus, scheduleShow, setShowCover, updateShow } from '@/lib/dal/studio-shows'
import type { ShowTransition } from '@/lib/domain/show-state'
import { getStorage } from '@/lib/services/storage'
import { runListSearchSchema, showCoverSchema, showRefSchema, showSchema } from '@/lib/validations/show'

// Scoped by the input's storeId, which sellerAction has checked the caller owns; the DAL names
// that store in every query, so another store's show id is "not found".

const writeLimit = { rateLimit: { name: 'show-write', limit: 60, windowSeconds: 600 } }

export const scheduleShowAction = sellerAction(
  showSchema,
  async (input, { user }) => {
    if (input.showId) throw new ActionError('invalid_input', 'This show already exists; save your changes instead.')
    const show = await scheduleShow(getDb(), { storeId: input.storeId, actorId: user.id }, input)
    await afterShowWrite({ id: show.id, storeId: input.storeId })
    return { showId: show.id, slug: show.slug }
  },
  writeLimit,
)

export const updateShowAction = sellerAction(
  showSchema,
  async (input, { user }) => {
    if (!input.showId) throw new ActionError('invalid_input', 'Choose the show to change.')
    const show = await updateShow(getDb(), { storeId: input.storeId, actorId: user.id }, { ...input, showId: input.showId })
    await afterShowWrite({ id: show.id, storeId: input.storeId })
    return { showId: show.id, slug: show.slug }
  },
  writeLimit,
)

function transitionAction(transition: ShowTransition) {
  return sellerAction(
    showRefSchema,
    async (input, { user }) => {
      const show = await changeShowStatus(getDb(), { storeId: input.storeId, actorId: user.id }, input.showId, transition)
      await afterShowWrite({ id: show.id, storeId: input.storeId }, show.status)
      after(() => afterShowTransition({ id: show.id, storeId: input.storeId }, show.status))
      return { showId: show.id, slug: show.slug, status: show.status, startedAt: show.startedAt?.toISOString() ?? null, endedAt: show.endedAt?.toISOString() ?? null }
    },
    writeLimit,
  )
}

export const cancelShowAction = transitionAction('cancel')
export const goLiveAction = transitionAction('goLive')
export const endShowAction = transitionAction('end')

/** Called by POST /api/studio/[storeId]/shows/[showId]/cover: photos can be larger than a server action accepts. */
export const uploadShowCoverAction = sellerAction(
  showCoverSchema,
  async (input, { user }) => {
    const bytes = new Uint8Array(await input.file.arrayBuffer())
    const result = await setShowCover(getDb(), getStorage(), { storeId: input.storeId, actorId: user.id }, { showId: input.showId, bytes })
    await afterShowWrite({ id: input.showId, storeId: input.storeId })
    return result
  },
  { rateLimit: { name: 'show-cover-upload', limit: 30, windowSeconds: 600 } },
)

export const searchRunListProductsAction = sellerAction(runListSearchSchema, async (input) => searchStoreRunListProducts(input.storeId, input.query), {
  rateLimit: { name: 'run-list-search', limit: 300, windowSeconds: 600 },
})
