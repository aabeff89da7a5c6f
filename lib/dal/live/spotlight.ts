import 'server-only'

import { setSpotlight, spotlightProduct } from '@/db/queries/live-products'
import { ActionError } from '@/lib/actions/errors'
import type { SpotlightProduct } from '@/lib/live/events'
import { mediaOffsetMs, requireHostOrModerator, requireLive, showForActor } from './access'
import { nowOf, publish, showEvent, type LiveDeps } from './deps'

export const NOT_IN_RUN_LIST = 'This product isn’t on the show’s run list. Add it to the run list before the show, then spotlight it.'

/**
 * Puts a run-list product in the spotlight (null clears it). Viewers must see it within a second
 * (SPEC §6.4): the card is read before the transaction, the transaction is two small writes, and
 * the publish follows the commit.
 */
export async function spotlight(
  deps: LiveDeps,
  ctx: { userId: string },
  input: { showId: string; productId: string | null },
): Promise<{ product: SpotlightProduct | null; at: string }> {
  const actor = await showForActor(deps.db, input.showId, ctx.userId)
  requireHostOrModerator(actor)
  const { show } = actor
  requireLive(show)

  const product = input.productId ? await spotlightProduct(deps.db, show.id, input.productId) : null
  if (input.productId && !product) throw new ActionError('invalid_input', NOT_IN_RUN_LIST, { productId: [NOT_IN_RUN_LIST] })

  const at = nowOf(deps)
  await deps.db.transaction((tx) => setSpotlight(tx, { showId: show.id, productId: input.productId, at, mediaOffsetMs: mediaOffsetMs(show, at) ?? 0 }))
  const event = { product, at: at.toISOString() }
  await publish(deps, [showEvent(show.id, 'spotlight', event)])
  return event
}

/** The spotlight as a late joiner should see it. */
export async function currentSpotlight(deps: Pick<LiveDeps, 'db'>, show: { id: string; spotlightProductId: string | null; spotlightAt: Date | null }) {
  if (!show.spotlightProductId) return null
  const product = await spotlightProduct(deps.db, show.id, show.spotlightProductId)
  return product ? { product, at: (show.spotlightAt ?? new Date()).toISOString() } : null
}
