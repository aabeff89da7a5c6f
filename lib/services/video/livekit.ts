import { randomBytes } from 'node:crypto'
import {
  AccessToken,
  EgressClient,
  EgressStatus,
  EncodedFileOutput,
  EncodedFileType,
  IngressClient,
  IngressInput,
  S3Upload,
  WebhookReceiver,
  type EgressInfo,
  type IngressInfo,
  type VideoGrant,
  type WebhookEvent,
} from 'livekit-server-sdk'
import { coHostIdentity, hostIdentity, ingressIdentity, roomName, showIdFromRoom, viewerIdentity } from './names'
import {
  VideoError,
  type IngressResult,
  type LiveKitSession,
  type Video,
  type VideoRole,
  type VideoWebhookEvent,
} from './types'

export type S3RecordingConfig = {
  bucket: string
  region: string | null
  accessKey: string
  secret: string
  /** For S3-compatible stores (R2, MinIO); AWS needs none. */
  endpoint: string | null
}

export type LiveKitVideoConfig = {
  url: string
  apiKey: string
  apiSecret: string
  recording: S3RecordingConfig | null
}

export type RecordingEnv = {
  LIVEKIT_EGRESS_S3_BUCKET?: string
  LIVEKIT_EGRESS_S3_REGION?: string
  LIVEKIT_EGRESS_S3_ACCESS_KEY?: string
  LIVEKIT_EGRESS_S3_SECRET?: string
  LIVEKIT_EGRESS_S3_ENDPOINT?: string
}

/** Recording is on when the bucket and its keys are all set; a half-set group is a mistake worth failing on. */
export function recordingConfig(e: RecordingEnv): S3RecordingConfig | null {
  const required = ['LIVEKIT_EGRESS_S3_BUCKET', 'LIVEKIT_EGRESS_S3_ACCESS_KEY', 'LIVEKIT_EGRESS_S3_SECRET'] as const
  const anySet = required.some((k) => e[k]) || Boolean(e.LIVEKIT_EGRESS_S3_REGION || e.LIVEKIT_EGRESS_S3_ENDPOINT)
  if (!anySet) return null
  const { LIVEKIT_EGRESS_S3_BUCKET: bucket, LIVEKIT_EGRESS_S3_ACCESS_KEY: accessKey, LIVEKIT_EGRESS_S3_SECRET: secret } = e
  if (!bucket || !accessKey || !secret) {
    const missing = required.filter((k) => !e[k])
    throw new Error(`video recording: missing ${missing.join(', ')} (or unset every LIVEKIT_EGRESS_S3_* variable to record nothing)`)
  }
  return { bucket, accessKey, secret, region: e.LIVEKIT_EGRESS_S3_REGION ?? null, endpoint: e.LIVEKIT_EGRESS_S3_ENDPOINT ?? null }
}

/** Join tokens only admit; a connected participant's token is refreshed by LiveKit itself. */
export const TOKEN_TTL_SECONDS = 6 * 60 * 60

const GRANTS: Record<VideoRole, Pick<VideoGrant, 'canPublish' | 'canSubscribe' | 'canPublishData'>> = {
  host: { canPublish: true, canSubscribe: true, canPublishData: true },
  'co-host': { canPublish: true, canSubscribe: true, canPublishData: true },
  // canPublishData defaults to true in LiveKit, so a viewer's must be refused explicitly.
  viewer: { canPublish: false, canSubscribe: true, canPublishData: false },
}

export function createLiveKitVideo(config: LiveKitVideoConfig): Video & { driver: 'livekit' } {
  const ingress = new IngressClient(config.url, config.apiKey, config.apiSecret, { failover: false })
  const egress = new EgressClient(config.url, config.apiKey, config.apiSecret, { failover: false })
  const receiver = new WebhookReceiver(config.apiKey, config.apiSecret)

  async function session(showId: string, role: VideoRole, identity: string, name: string, metadata: Record<string, string>): Promise<LiveKitSession> {
    const token = new AccessToken(config.apiKey, config.apiSecret, {
      identity,
      name,
      ttl: TOKEN_TTL_SECONDS,
      metadata: JSON.stringify({ role, ...metadata }),
    })
    const room = roomName(showId)
    token.addGrant({ roomJoin: true, room, ...GRANTS[role] })
    return { driver: 'livekit', role, url: config.url, token: await token.toJwt(), roomName: room, identity }
  }

  return {
    driver: 'livekit',
    capabilities: { ingress: true, recording: config.recording !== null, coHost: true, maxViewers: null },

    hostSession: ({ showId, userId, name }) => session(showId, 'host', hostIdentity(userId), name, { userId }),

    viewerSession: ({ showId, viewerKey, userId, name }) =>
      session(showId, 'viewer', viewerIdentity(viewerKey, randomBytes(3).toString('hex')), name ?? 'Viewer', userId ? { userId } : {}),

    async coHostSession({ showId, userId, name, allowed }) {
      if (!allowed) throw new VideoError('forbidden', 'Only a person the host invited on stage can join as a co-host.')
      return session(showId, 'co-host', coHostIdentity(userId), name, { userId })
    },

    async verifyWebhook(rawBody, authorization) {
      let event: WebhookEvent
      try {
        event = await receiver.receive(rawBody, authorization ?? undefined)
      } catch (error) {
        throw new VideoError('unauthorized', `LiveKit webhook rejected: ${error instanceof Error ? error.message : String(error)}`)
      }
      return mapWebhookEvent(event)
    },

    async createIngress(showId, kind): Promise<IngressResult> {
      const info = await upstream('create the stream key', () =>
        ingress.createIngress(kind === 'whip' ? IngressInput.WHIP_INPUT : IngressInput.RTMP_INPUT, {
          name: `show ${showId}`,
          roomName: roomName(showId),
          participantIdentity: ingressIdentity(showId),
          participantName: 'Host',
        }),
      )
      return { supported: true, ingressId: info.ingressId, kind, url: info.url, streamKey: info.streamKey }
    },

    async deleteIngress(ingressId) {
      await upstream('delete the stream key', () => ingress.deleteIngress(ingressId))
    },

    async startRecording(showId) {
      const s3 = config.recording
      if (!s3) return null
      const file = new EncodedFileOutput({
        fileType: EncodedFileType.MP4,
        // LiveKit fills {room_name} and {time}, so a restarted recording never overwrites the first.
        filepath: `shows/${showId}/{room_name}-{time}.mp4`,
        output: {
          case: 's3',
          value: new S3Upload({
            bucket: s3.bucket,
            region: s3.region ?? '',
            accessKey: s3.accessKey,
            secret: s3.secret,
            endpoint: s3.endpoint ?? '',
            forcePathStyle: s3.endpoint !== null,
          }),
        },
      })
      const info = await upstream('start the recording', () => egress.startRoomCompositeEgress(roomName(showId), { file }, { layout: 'speaker' }))
      return info.egressId
    },

    async stopRecording(egressId) {
      await upstream('stop the recording', () => egress.stopEgress(egressId))
    },
  }
}

async function upstream<T>(what: string, call: () => Promise<T>): Promise<T> {
  try {
    return await call()
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error)
    throw new VideoError('upstream', `LiveKit could not ${what} (${detail}). Check LIVEKIT_URL and the API key, then try again.`)
  }
}

const EGRESS_STATUS: Record<EgressStatus, NonNullable<VideoWebhookEvent['egress']>['status']> = {
  [EgressStatus.EGRESS_STARTING]: 'starting',
  [EgressStatus.EGRESS_ACTIVE]: 'active',
  [EgressStatus.EGRESS_ENDING]: 'ending',
  [EgressStatus.EGRESS_COMPLETE]: 'complete',
  [EgressStatus.EGRESS_FAILED]: 'failed',
  [EgressStatus.EGRESS_ABORTED]: 'aborted',
  [EgressStatus.EGRESS_LIMIT_REACHED]: 'limit-reached',
}

function mapIngress(info: IngressInfo): NonNullable<VideoWebhookEvent['ingress']> {
  const kind = info.inputType === IngressInput.WHIP_INPUT ? 'whip' : info.inputType === IngressInput.RTMP_INPUT ? 'rtmp' : null
  return { ingressId: info.ingressId, kind, roomName: info.roomName }
}

function mapEgress(info: EgressInfo): NonNullable<VideoWebhookEvent['egress']> {
  return {
    egressId: info.egressId,
    roomName: info.roomName,
    status: EGRESS_STATUS[info.status] ?? 'failed',
    // Older egress servers report the single file in the deprecated `result` field only.
    fileUrls: (info.fileResults.length > 0 ? info.fileResults : info.result.case === 'file' ? [info.result.value] : [])
      .map((f) => f.location)
      .filter((l) => l.length > 0),
    error: info.error || null,
  }
}

export function mapWebhookEvent(event: WebhookEvent): VideoWebhookEvent {
  const ingress = event.ingressInfo ? mapIngress(event.ingressInfo) : null
  const egress = event.egressInfo ? mapEgress(event.egressInfo) : null
  const room = event.room?.name || ingress?.roomName || egress?.roomName || null
  const seconds = Number(event.createdAt)
  return {
    id: event.id,
    event: event.event,
    createdAt: seconds > 0 ? new Date(seconds * 1000) : null,
    roomName: room,
    showId: showIdFromRoom(room),
    ingress,
    egress,
  }
}

