import 'server-only'

import { getDb, type DbOrTx } from '@/db'
import { isShowStoreMember } from '@/db/queries/realtime-access'
import { getCurrentUser } from '@/lib/auth'
import { parseChannel } from '@/lib/live/channels'
import { readViewerKey } from '@/lib/live/viewer-key'
import { getRealtime, type ChannelAuthorization } from '@/lib/services/realtime'

/** Who asks to join a channel: the signed-in user, and this browser's anonymous viewer key. */
export type RealtimeRequester = { userId: string | null; viewerKey: string | null }

export type ChannelAccess = { allowed: true } | { allowed: false; reason: string }

const allow: ChannelAccess = { allowed: true }
const deny = (reason: string): ChannelAccess => ({ allowed: false, reason })

/**
 * Who may join which private channel (ARCHITECTURE.md §5). Anything not named here — presence
 * channels, unknown shapes — is refused, so a new channel kind starts closed.
 */
export async function decideChannelAccess(db: DbOrTx, who: RealtimeRequester, channelName: string): Promise<ChannelAccess> {
  const channel = parseChannel(channelName)
  if (!channel) return deny('There is no such channel.')
  switch (channel.kind) {
    case 'show':
      return deny('Show channels are public: subscribe without authorization.')
    case 'user':
      return who.userId !== null && who.userId === channel.userId ? allow : deny("This is another person's channel.")
    case 'studio':
      return who.userId !== null && (await isShowStoreMember(db, channel.showId, who.userId))
        ? allow
        : deny("Only the show's store owner and moderators can open its studio channel.")
    case 'signal':
      if (who.viewerKey !== null && who.viewerKey === channel.viewerKey) return allow
      return who.userId !== null && (await isShowStoreMember(db, channel.showId, who.userId))
        ? allow
        : deny("This video channel belongs to another viewer. Reload the page to get your own.")
    default: {
      const unknown: never = channel
      return deny(`Unhandled channel ${JSON.stringify(unknown)}`)
    }
  }
}

export type RealtimeAuthResult = { allowed: true; authorization: ChannelAuthorization } | { allowed: false; reason: string }

/** The whole of POST /api/realtime/auth once the input is valid: who is asking, may they, sign. */
export async function authorizeRealtimeChannel(socketId: string, channelName: string): Promise<RealtimeAuthResult> {
  const [user, viewerKey] = await Promise.all([getCurrentUser(), readViewerKey()])
  const access = await decideChannelAccess(getDb(), { userId: user?.id ?? null, viewerKey }, channelName)
  if (!access.allowed) return access
  return { allowed: true, authorization: getRealtime().authorizeChannel(socketId, channelName) }
}
