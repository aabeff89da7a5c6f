/** What the lazily loaded driver halves report to HostStage and ViewerStage (browser only). */

export type ViewerState = 'connecting' | 'waiting' | 'playing' | 'reconnecting' | 'full' | 'not-live' | 'error'
export type ViewerStatus = { state: ViewerState; message?: string }

/** One publisher on stage: the host (or OBS through ingress), or a co-host. */
export type StageFeed = { id: string; role: 'host' | 'co-host'; stream: MediaStream }

export type HostState = 'offline' | 'connecting' | 'live' | 'reconnecting'
/** `viewers`: browsers the host is sending to (embedded only). */
export type HostStatus = { state: HostState; viewers?: number }

export type ViewerLinkProps<S> = {
  session: S
  onFeeds: (feeds: StageFeed[]) => void
  onStatus: (status: ViewerStatus) => void
}

export type HostLinkProps<S> = {
  session: S
  /** The camera and microphone to send; a new object whenever a device changes. */
  stream: MediaStream
  onStatus: (status: HostStatus) => void
  onError: (message: string) => void
}
