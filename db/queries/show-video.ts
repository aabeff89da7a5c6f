import { and, eq, isNull } from 'drizzle-orm'
import type { DbOrTx } from '@/db/client'
import { shows } from '@/db/schema'

/**
 * The video columns of a show. Writes from the studio take the store scope; writes from the
 * LiveKit webhook are scoped by the ids LiveKit reports back (the signature is their authority).
 */

export type ShowVideoState = {
  id: string
  storeId: string
  hostId: string
  coHostId: string | null
  status: 'scheduled' | 'live' | 'ended' | 'cancelled'
  ingressId: string | null
  ingressUrl: string | null
  ingressStreamKey: string | null
  ingressKind: 'rtmp' | 'whip' | null
  egressId: string | null
  recordingUrl: string | null
}

const columns = {
  id: shows.id,
  storeId: shows.storeId,
  hostId: shows.hostId,
  coHostId: shows.coHostId,
  status: shows.status,
  ingressId: shows.ingressId,
  ingressUrl: shows.ingressUrl,
  ingressStreamKey: shows.ingressStreamKey,
  ingressKind: shows.ingressKind,
  egressId: shows.egressId,
  recordingUrl: shows.recordingUrl,
}

/** Unscoped read for the public join route and webhooks; never return the stream key to a viewer. */
export async function getShowVideoState(db: DbOrTx, showId: string): Promise<ShowVideoState | null> {
  const [row] = await db.select(columns).from(shows).where(eq(shows.id, showId)).limit(1)
  return row ?? null
}

export type ShowIngress = { ingressId: string; url: string; streamKey: string; kind: 'rtmp' | 'whip' }

/** Stores (or with null clears) the show's OBS ingress; false when the show is not the store's. */
export async function setShowIngress(db: DbOrTx, scope: { storeId: string; showId: string }, ingress: ShowIngress | null): Promise<boolean> {
  const rows = await db
    .update(shows)
    .set({
      ingressId: ingress?.ingressId ?? null,
      ingressUrl: ingress?.url ?? null,
      ingressStreamKey: ingress?.streamKey ?? null,
      ingressKind: ingress?.kind ?? null,
    })
    .where(and(eq(shows.id, scope.showId), eq(shows.storeId, scope.storeId)))
    .returning({ id: shows.id })
  return rows.length > 0
}

/** Remembers the running recording; false when the show is not the store's. */
export async function setShowEgress(db: DbOrTx, scope: { storeId: string; showId: string }, egressId: string | null): Promise<boolean> {
  const rows = await db
    .update(shows)
    .set({ egressId })
    .where(and(eq(shows.id, scope.showId), eq(shows.storeId, scope.storeId)))
    .returning({ id: shows.id })
  return rows.length > 0
}

/**
 * ingress_started: an ingress created outside the studio (LiveKit's console or CLI) for the
 * show's room is recorded, but never replaces one the studio created.
 */
export async function recordIngressStarted(db: DbOrTx, input: { showId: string; ingressId: string; kind: 'rtmp' | 'whip' | null }): Promise<boolean> {
  const rows = await db
    .update(shows)
    .set({ ingressId: input.ingressId, ingressKind: input.kind })
    .where(and(eq(shows.id, input.showId), isNull(shows.ingressId)))
    .returning({ id: shows.id })
  return rows.length > 0
}

/**
 * egress_ended: the recording's file becomes the replay; a failed egress only lets go of its id.
 * Matching on egress_id makes a repeated delivery a no-op.
 */
export async function finishShowEgress(db: DbOrTx, input: { egressId: string; recordingUrl: string | null }): Promise<string | null> {
  const rows = await db
    .update(shows)
    .set({
      egressId: null,
      ...(input.recordingUrl ? { recordingUrl: input.recordingUrl } : {}),
    })
    .where(eq(shows.egressId, input.egressId))
    .returning({ id: shows.id })
  return rows[0]?.id ?? null
}
