/**
 * The live video service: LiveKit in production, browser-to-browser WebRTC from the host to each
 * viewer (signalled over the realtime service) as the embedded default. Sessions are plain JSON:
 * a server component makes one and passes it to HostStage/ViewerStage (./client.tsx).
 */

export type VideoRole = 'host' | 'co-host' | 'viewer'
export type IngressKind = 'rtmp' | 'whip'

/** A STUN/TURN server for the embedded driver's RTCPeerConnection (the browser's RTCIceServer). */
export type IceServerConfig = { urls: string | string[]; username?: string; credential?: string }

export type LiveKitSession = {
  driver: 'livekit'
  role: VideoRole
  /** The LiveKit server's WebSocket URL (wss://…). */
  url: string
  token: string
  roomName: string
  identity: string
}

export type EmbeddedSession = {
  driver: 'embedded'
  role: 'host' | 'viewer'
  showId: string
  /** The viewer's key (the haat_vk cookie's value); absent for the host. */
  viewerKey?: string
  /** How many viewers the host's browser serves at once. */
  maxViewers: number
  /** Empty on localhost/LAN, where host candidates are enough. */
  iceServers: IceServerConfig[]
}

export type VideoSession = LiveKitSession | EmbeddedSession

/** What a driver cannot do, in words a seller can act on. */
export type Unsupported = { supported: false; message: string }

export type IngressResult =
  | { supported: true; ingressId: string; kind: IngressKind; url: string; streamKey: string }
  | Unsupported

export type VideoCapabilities = {
  /** OBS and other encoders through RTMP/WHIP. */
  ingress: boolean
  /** Room recordings for replays (LiveKit Egress to S3, when configured). */
  recording: boolean
  /** Another publisher on stage beside the host. */
  coHost: boolean
  /** Concurrent viewers per show, or null when the service scales for us. */
  maxViewers: number | null
}

export type VideoWebhookEvent = {
  id: string
  /** LiveKit's event name: ingress_started, ingress_ended, egress_ended, room_finished, … */
  event: string
  createdAt: Date | null
  roomName: string | null
  /** The show the room belongs to, when the room is one of ours (`show-{uuid}`). */
  showId: string | null
  ingress: { ingressId: string; kind: IngressKind | null; roomName: string } | null
  egress: {
    egressId: string
    roomName: string
    status: 'starting' | 'active' | 'ending' | 'complete' | 'failed' | 'aborted' | 'limit-reached'
    /** Where the recording files were uploaded (S3 URLs). */
    fileUrls: string[]
    error: string | null
  } | null
}

export type HostSessionInput = { showId: string; userId: string; name: string }
export type ViewerSessionInput = { showId: string; viewerKey: string; userId?: string | null; name?: string | null }
/** `allowed`: the caller has checked that this person was invited on stage (or brought up from a raised hand). */
export type CoHostSessionInput = { showId: string; userId: string; name: string; allowed: boolean }

export interface Video {
  readonly driver: 'livekit' | 'embedded'
  readonly capabilities: VideoCapabilities
  /** The host publishes camera and microphone. The caller has checked the user hosts the show. */
  hostSession(input: HostSessionInput): Promise<VideoSession>
  /** Watch only: never publishes. No account needed. */
  viewerSession(input: ViewerSessionInput): Promise<VideoSession>
  /** Throws VideoError('forbidden') unless `allowed`; Unsupported where the driver has no second publisher. */
  coHostSession(input: CoHostSessionInput): Promise<VideoSession | Unsupported>
  /** The parsed event, or throws VideoError('unauthorized') (the route answers 401). */
  verifyWebhook(rawBody: string, authorization: string | null): Promise<VideoWebhookEvent>
  createIngress(showId: string, kind: IngressKind): Promise<IngressResult>
  deleteIngress(ingressId: string): Promise<void>
  /** The egress id, or null when recording is not configured. */
  startRecording(showId: string): Promise<string | null>
  stopRecording(egressId: string): Promise<void>
}

export type VideoErrorCode = 'forbidden' | 'unauthorized' | 'unsupported' | 'upstream'

export class VideoError extends Error {
  constructor(
    readonly code: VideoErrorCode,
    message: string,
  ) {
    super(message)
    this.name = 'VideoError'
  }
}
