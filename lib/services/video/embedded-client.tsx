'use client'

import { useEffect, useEffectEvent, useRef } from 'react'
import { useRealtime } from '@/lib/services/realtime/client'
import { startEmbeddedHost } from './embedded-host'
import { startEmbeddedViewer, type JoinAction, type JoinOutcome } from './embedded-viewer'
import type { HostLinkProps, ViewerLinkProps } from './stage-types'
import type { EmbeddedSession } from './types'

const JOIN_URL = '/api/video/join'

/** Sends the host's camera to each viewer while mounted (HostStage mounts it only while live). */
export function EmbeddedHostLink({ session, stream, onStatus, onError }: HostLinkProps<EmbeddedSession>) {
  const realtime = useRealtime()
  const host = useRef<ReturnType<typeof startEmbeddedHost> | null>(null)
  const latestStream = useRef(stream)
  const status = useEffectEvent(onStatus)
  const error = useEffectEvent(onError)
  // By value: router.refresh() hands over an equal session in new objects, which must not reconnect.
  const ice = JSON.stringify(session.iceServers)

  useEffect(() => {
    if (!realtime) {
      status({ state: 'connecting' })
      return
    }
    const started = startEmbeddedHost({
      connection: realtime,
      showId: session.showId,
      maxViewers: session.maxViewers,
      iceServers: JSON.parse(ice) as EmbeddedSession['iceServers'],
      stream: latestStream.current,
      onStatus: (s) => status(s),
      onError: (m) => error(m),
    })
    host.current = started
    return () => {
      host.current = null
      started.stop()
    }
  }, [realtime, session.showId, session.maxViewers, ice])

  useEffect(() => {
    latestStream.current = stream
    host.current?.setStream(stream)
  }, [stream])

  return null
}

/** Receives the host's camera; asks for it again whenever it is lost. */
export function EmbeddedViewerLink({ session, onFeeds, onStatus }: ViewerLinkProps<EmbeddedSession>) {
  const realtime = useRealtime()
  const feeds = useEffectEvent(onFeeds)
  const status = useEffectEvent(onStatus)
  const { showId, viewerKey } = session
  const ice = JSON.stringify(session.iceServers)

  useEffect(() => {
    if (!viewerKey) {
      status({ state: 'error', message: 'This page has no viewer id. Reload it to watch.' })
      return
    }
    if (!realtime) return
    const viewer = startEmbeddedViewer({
      connection: realtime,
      showId,
      viewerKey,
      iceServers: JSON.parse(ice) as EmbeddedSession['iceServers'],
      join: (action) => postJoin(showId, action),
      onFeeds: (f) => feeds(f),
      onStatus: (s) => status(s),
    })
    // Closing the tab skips React's cleanup; a beacon still gives the place back.
    const onPageHide = () => navigator.sendBeacon?.(JOIN_URL, JSON.stringify({ showId, action: 'leave' }))
    window.addEventListener('pagehide', onPageHide)
    return () => {
      window.removeEventListener('pagehide', onPageHide)
      viewer.stop()
    }
  }, [realtime, showId, viewerKey, ice])

  return null
}

async function postJoin(showId: string, action: JoinAction): Promise<JoinOutcome> {
  let response: Response
  try {
    response = await fetch(JOIN_URL, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ showId, action }),
      keepalive: action === 'leave',
    })
  } catch {
    return { kind: 'retry', message: 'You seem to be offline. Reconnecting…' }
  }
  const body = (await response.json().catch(() => ({}))) as { code?: string; error?: string; heartbeatSeconds?: number }
  const message = body.error ?? 'The video could not connect. Retrying…'
  if (response.ok) return { kind: 'ok', heartbeatSeconds: body.heartbeatSeconds ?? 15 }
  if (response.status === 409 && body.code === 'full') return { kind: 'full', message }
  if (response.status === 409) return { kind: 'not-live', message }
  if (response.status === 400 || response.status === 404) return { kind: 'fatal', message }
  return { kind: 'retry', message }
}
