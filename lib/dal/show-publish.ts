import 'server-only'

import { revalidatePath, revalidateTag } from 'next/cache'
import { tags } from '@/lib/cache'
import type { ShowStatus } from '@/lib/domain/show-state'
import { channels } from '@/lib/live/channels'
import type { ShowEvents } from '@/lib/live/events'
import { getRealtime } from '@/lib/services/realtime'

/**
 * After a show write commits: the public pages and rails that show it, the studio's pages, and —
 * when the status changed — an event on the show's channel so open pages switch at once.
 */
export async function afterShowWrite(show: { id: string; storeId: string }, status?: ShowStatus) {
  // Expire at once rather than stale-while-revalidate: a viewer reloading after "live" must not
  // get the countdown page again.
  for (const tag of [tags.shows, tags.show(show.id), tags.store(show.storeId)]) revalidateTag(tag, { expire: 0 })
  revalidatePath(`/studio/${show.storeId}/shows`, 'layout')
  if (!status) return
  const event: ShowEvents['status'] = { status }
  try {
    await getRealtime().trigger(channels.show(show.id), 'status', event)
  } catch (error) {
    // The change is committed; pages still pick it up on their next load.
    console.error('[shows] status publish failed', show.id, error)
  }
}
