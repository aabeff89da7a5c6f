/**
 * LiveKit room and participant names. Browser-safe: the viewer tells the host's tracks from a
 * co-host's by the identity prefix.
 */

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/

export const roomName = (showId: string) => `show-${showId}`

export function showIdFromRoom(room: string | null | undefined): string | null {
  if (!room?.startsWith('show-')) return null
  const id = room.slice('show-'.length)
  return UUID.test(id) ? id : null
}

export const hostIdentity = (userId: string) => `host-${userId}`
export const coHostIdentity = (userId: string) => `cohost-${userId}`
/** OBS streams into the room as this participant. */
export const ingressIdentity = (showId: string) => `ingress-${showId}`
/** A suffix per session: one viewer key may watch in two tabs, and LiveKit drops a duplicate identity. */
export const viewerIdentity = (viewerKey: string, suffix: string) => `viewer-${viewerKey}-${suffix}`

export type StageRole = 'host' | 'co-host' | 'viewer'

export function stageRole(identity: string): StageRole {
  if (identity.startsWith('host-') || identity.startsWith('ingress-')) return 'host'
  if (identity.startsWith('cohost-')) return 'co-host'
  return 'viewer'
}
