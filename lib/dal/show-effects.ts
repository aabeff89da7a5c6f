import 'server-only'

import { getDb } from '@/db'
import { getShowVideoState, setShowEgress } from '@/db/queries/show-video'
import type { ShowStatus } from '@/lib/domain/show-state'
import { getVideo } from '@/lib/services/video'
import { liveDeps } from './live/app-deps'
import { finalizeShowStats } from './live/stats'

/**
 * What follows a show's status change, after its commit and publish: recording starts when the
 * show goes live (LiveKit with recording configured), and when it ends the recording stops and
 * the audience figures (peak, unique, watch time, reactions) are written to the show. Failures
 * are logged: the show's state is already right, and the report can be recomputed.
 */
export async function afterShowTransition(show: { id: string; storeId: string }, status: ShowStatus): Promise<void> {
  const db = getDb()
  const video = getVideo()
  if (status === 'live' && video.capabilities.recording) {
    try {
      const egressId = await video.startRecording(show.id)
      if (egressId) await setShowEgress(db, { storeId: show.storeId, showId: show.id }, egressId)
    } catch (error) {
      console.error('[shows] recording did not start', show.id, error)
    }
  }
  if (status !== 'ended') return
  try {
    await finalizeShowStats(liveDeps(), show.id)
  } catch (error) {
    console.error('[shows] audience figures were not saved', show.id, error)
  }
  const state = await getShowVideoState(db, show.id).catch(() => null)
  if (state?.egressId) await video.stopRecording(state.egressId).catch((error: unknown) => console.error('[shows] recording did not stop', show.id, error))
}
