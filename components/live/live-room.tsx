import { getDb } from '@/db'
import { getMembership } from '@/db/queries/stores'
import { getCurrentUser } from '@/lib/auth'
import { liveDeps } from '@/lib/dal/live/app-deps'
import { viewerStats } from '@/lib/dal/live/viewers'
import type { LiveRoomShow } from '@/lib/dal/shows'
import { readViewerKey } from '@/lib/live/viewer-key'
import { getRealtimeClientConfig } from '@/lib/services/realtime'
import { RealtimeProvider } from '@/lib/services/realtime/client'
import { getVideo } from '@/lib/services/video'
import { LiveRoomClient } from './live-room-client'

export type { LiveRoomShow }

/**
 * The live room's server half: who is watching (a signed-in buyer, a store moderator, or an
 * anonymous viewer with only a viewer key), their video session, and the realtime connection.
 */
export async function LiveRoom({ show }: { show: LiveRoomShow }) {
  const [user, viewerKey] = await Promise.all([getCurrentUser(), readViewerKey()])
  const [membership, video, viewers] = await Promise.all([
    user ? getMembership(getDb(), user.id, show.store.id) : null,
    // proxy.ts gives every /live/* visitor a key; a request that slipped past it still gets a working player.
    getVideo().viewerSession({ showId: show.id, viewerKey: viewerKey ?? crypto.randomUUID(), userId: user?.id ?? null, name: user?.name ?? null }),
    viewerStats(liveDeps(), show.id).catch(() => null),
  ])
  const me = user ? { userId: user.id, name: user.name ?? 'You', email: user.email ?? '', phone: user.phone ?? '' } : null
  return (
    <RealtimeProvider config={getRealtimeClientConfig()}>
      <LiveRoomClient show={show} me={me} moderator={membership !== null} video={video} viewers={viewers} />
    </RealtimeProvider>
  )
}
