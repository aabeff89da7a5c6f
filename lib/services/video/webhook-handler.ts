import type { DbOrTx } from '@/db/client'
import { finishShowEgress, recordIngressStarted } from '@/db/queries/show-video'
import { VideoError, type Video } from './types'

export type WebhookReply = { status: number; body: { ok: boolean; handled?: string; error?: string } }

/**
 * The whole of POST /api/webhooks/livekit. Every change is keyed on ids LiveKit reports, so a
 * redelivery changes nothing more; LiveKit does not retry failed deliveries for long, and an
 * unknown show is answered 200 so it stops trying.
 */
export async function handleVideoWebhook(deps: { db: DbOrTx; video: Video }, rawBody: string, authorization: string | null): Promise<WebhookReply> {
  let event
  try {
    event = await deps.video.verifyWebhook(rawBody, authorization)
  } catch (error) {
    if (error instanceof VideoError && error.code === 'unauthorized') return { status: 401, body: { ok: false, error: 'invalid signature' } }
    throw error
  }

  switch (event.event) {
    case 'ingress_started': {
      if (!event.ingress || !event.showId) break
      const changed = await recordIngressStarted(deps.db, { showId: event.showId, ingressId: event.ingress.ingressId, kind: event.ingress.kind })
      return { status: 200, body: { ok: true, handled: changed ? 'ingress recorded' : 'ingress known' } }
    }
    case 'ingress_ended':
      // The stream key stays valid after OBS stops, so the show keeps its ingress.
      return { status: 200, body: { ok: true, handled: 'ingress ended' } }
    case 'egress_ended': {
      if (!event.egress) break
      const done = event.egress.status === 'complete' || event.egress.status === 'limit-reached'
      const showId = await finishShowEgress(deps.db, {
        egressId: event.egress.egressId,
        recordingUrl: done ? (event.egress.fileUrls[0] ?? null) : null,
      })
      return { status: 200, body: { ok: true, handled: showId ? (done ? 'recording saved' : 'recording failed') : 'egress unknown' } }
    }
  }
  return { status: 200, body: { ok: true, handled: 'ignored' } }
}
