import 'server-only'

import { randomBytes, randomUUID } from 'node:crypto'
import type { Db } from '@/db/client'
import {
  findRunListCandidates,
  findShowStatus,
  insertShow,
  replaceRunList,
  setScheduledShowCover,
  transitionShow,
  updateScheduledShow,
  type ShowWriteValues,
} from '@/db/queries/shows'
import { ActionError } from '@/lib/actions/errors'
import { refusedMessage, SHOW_TRANSITIONS, type ShowStatus, type ShowTransition } from '@/lib/domain/show-state'
import { processImage, UnreadableImageError } from '@/lib/media/process-image'
import type { StorageService } from '@/lib/services/storage/types'
import { validateUpload } from '@/lib/services/storage/validate'
import { slugify } from '@/lib/validations/common'
import { livePriceErrors, type ShowInput } from '@/lib/validations/show'

export type ShowCtx = { storeId: string; actorId: string }

function pgErrorCode(error: unknown): string | undefined {
  const e = error as { code?: string; cause?: { code?: string } }
  return e?.cause?.code ?? e?.code
}

/** "Diwali Silk Special" → "diwali-silk-special-3f9a1c"; the suffix keeps equal titles apart. */
export function showSlug(title: string): string {
  const base = slugify(title).slice(0, 50).replace(/-+$/, '') || 'live-show'
  return `${base}-${randomBytes(3).toString('hex')}`
}

function writeValues(input: ShowInput): ShowWriteValues {
  return { title: input.title, description: input.description, categoryId: input.categoryId, language: input.language, scheduledAt: input.scheduledAt }
}

function runListItems(input: ShowInput) {
  return input.runList.map((r) => ({ productId: r.productId, livePricePaise: r.livePrice }))
}

/** Every product must be this store's and sellable in a live; live prices must undercut the price. */
async function checkRunList(db: Db, storeId: string, items: { productId: string; livePricePaise: number | null }[]) {
  const found = new Map((await findRunListCandidates(db, storeId, items.map((i) => i.productId))).map((p) => [p.id, p]))
  const errors: Record<string, string[]> = {}
  items.forEach((item, i) => {
    if (!found.has(item.productId)) {
      errors[`runList.${i}.productId`] = ['This product can’t be sold in a live: it must be your own, public, active and marked “available in lives”.']
    }
  })
  Object.assign(errors, livePriceErrors(items, (id) => found.get(id)?.pricePaise))
  if (Object.keys(errors).length > 0) throw new ActionError('invalid_input', 'Some products in the run list need attention.', errors)
}

function mapWriteError(error: unknown): never {
  if (pgErrorCode(error) === '23503') {
    throw new ActionError('invalid_input', 'That category no longer exists. Choose another.', { categoryId: ['Choose a category from the list'] })
  }
  throw error
}

export async function scheduleShow(db: Db, ctx: ShowCtx, input: ShowInput): Promise<{ id: string; slug: string }> {
  const items = runListItems(input)
  await checkRunList(db, ctx.storeId, items)
  for (let attempt = 0; ; attempt++) {
    try {
      return await db.transaction(async (tx) => {
        const show = await insertShow(tx, { ...writeValues(input), storeId: ctx.storeId, hostId: ctx.actorId, slug: showSlug(input.title) })
        await replaceRunList(tx, show.id, items)
        return show
      })
    } catch (error) {
      // A slug suffix collision is one in sixteen million; draw again.
      if (pgErrorCode(error) === '23505' && attempt < 2) continue
      mapWriteError(error)
    }
  }
}

async function refuse(db: Db, storeId: string, showId: string, transition: ShowTransition | 'edit'): Promise<never> {
  const current = await findShowStatus(db, storeId, showId)
  if (!current) throw new ActionError('not_found', 'This show is not in this store. Go back to your shows and pick it again.')
  if (transition === 'edit') throw new ActionError('conflict', `This show is ${current.status === 'live' ? 'live' : current.status} now, so its details can no longer change.`)
  throw new ActionError('conflict', refusedMessage(transition, current.status))
}

/** Details and run list together, only while the show is still scheduled. */
export async function updateShow(db: Db, ctx: ShowCtx, input: ShowInput & { showId: string }): Promise<{ id: string; slug: string }> {
  const items = runListItems(input)
  await checkRunList(db, ctx.storeId, items)
  let updated: { id: string; slug: string } | null
  try {
    updated = await db.transaction(async (tx) => {
      const row = await updateScheduledShow(tx, ctx.storeId, input.showId, writeValues(input))
      if (row) await replaceRunList(tx, row.id, items)
      return row
    })
  } catch (error) {
    mapWriteError(error)
  }
  return updated ?? refuse(db, ctx.storeId, input.showId, 'edit')
}

export type TransitionedShow = { id: string; slug: string; status: ShowStatus; startedAt: Date | null; endedAt: Date | null }

export async function changeShowStatus(db: Db, ctx: ShowCtx, showId: string, transition: ShowTransition, now = new Date()): Promise<TransitionedShow> {
  const { from, to } = SHOW_TRANSITIONS[transition]
  const row = await transitionShow(db, ctx.storeId, showId, from, to, now)
  return row ?? refuse(db, ctx.storeId, showId, transition)
}

/** The part of a stored URL after the storage service's prefix, when it is one of ours to delete. */
function ownedCoverKey(storage: StorageService, url: string | null): string | null {
  if (!url) return null
  const prefix = storage.url('probe').slice(0, -'probe'.length)
  if (!url.startsWith(prefix)) return null
  const key = url.slice(prefix.length)
  // Seeded artwork lives under seed/ and is shared by every fresh database.
  return key.startsWith('seed/') ? null : key
}

/** Checks the photo by its bytes, stores it upright as WebP and makes it the show's cover. */
export async function setShowCover(db: Db, storage: StorageService, ctx: ShowCtx, input: { showId: string; bytes: Uint8Array }): Promise<{ coverUrl: string }> {
  const current = await findShowStatus(db, ctx.storeId, input.showId)
  if (!current) throw new ActionError('not_found', 'This show is not in this store. Go back to your shows and pick it again.')
  if (current.status !== 'scheduled') throw new ActionError('conflict', 'The cover can change only before the show starts.')
  const checked = validateUpload(input.bytes, { accept: ['image'] })
  if (!checked.ok) throw new ActionError('invalid_input', checked.error, { file: [checked.error] })
  let image
  try {
    image = await processImage(input.bytes)
  } catch (error) {
    if (!(error instanceof UnreadableImageError)) throw error
    const message = 'We could not read this photo. It may be damaged; try exporting it again as JPEG or PNG.'
    throw new ActionError('invalid_input', message, { file: [message] })
  }
  const stored = await storage.put(`shows/${input.showId}/cover-${randomUUID()}-${image.width}.webp`, image.body, 'image/webp')
  try {
    if (!(await setScheduledShowCover(db, ctx.storeId, input.showId, stored.url))) {
      throw new ActionError('conflict', 'The show started while the photo was uploading, so the cover was not changed.')
    }
  } catch (error) {
    await storage.delete(stored.key).catch(() => {})
    throw error
  }
  const old = ownedCoverKey(storage, current.coverUrl)
  if (old) await storage.delete(old).catch((error) => console.error('[show-cover] delete failed', old, error))
  return { coverUrl: stored.url }
}
