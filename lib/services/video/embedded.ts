import { VideoError, type EmbeddedSession, type IceServerConfig, type Video } from './types'

/**
 * The host's browser uploads one copy of its stream per viewer, so a phone on a home connection
 * serves a handful of viewers well and no more.
 */
export const EMBEDDED_MAX_VIEWERS = 8

export const EMBEDDED_FULL_MESSAGE = (max: number) =>
  `This show is full on the built-in video server (${max} viewers). Try again in a minute — hosts who expect a bigger audience connect LiveKit.`

export type EmbeddedVideoConfig = { iceServers: IceServerConfig[]; maxViewers?: number }

export function createEmbeddedVideo(config: EmbeddedVideoConfig): Video & { driver: 'embedded' } {
  const maxViewers = config.maxViewers ?? EMBEDDED_MAX_VIEWERS
  const base = (showId: string): Omit<EmbeddedSession, 'role'> => ({ driver: 'embedded', showId, maxViewers, iceServers: config.iceServers })

  return {
    driver: 'embedded',
    capabilities: { ingress: false, recording: false, coHost: false, maxViewers },

    async hostSession({ showId }) {
      return { ...base(showId), role: 'host' }
    },

    async viewerSession({ showId, viewerKey }) {
      return { ...base(showId), role: 'viewer', viewerKey }
    },

    async coHostSession({ allowed }) {
      if (!allowed) throw new VideoError('forbidden', 'Only a person the host invited on stage can join as a co-host.')
      return {
        supported: false,
        message: 'The built-in video server carries only the host’s camera. Connect LiveKit (LIVEKIT_URL, LIVEKIT_API_KEY, LIVEKIT_API_SECRET) to bring a co-host on stage.',
      }
    },

    async verifyWebhook() {
      throw new VideoError('unauthorized', 'The built-in video server sends no webhooks; this endpoint is for LiveKit.')
    },

    async createIngress() {
      return {
        supported: false,
        message: 'Streaming from OBS needs LiveKit. Go live from this browser instead, or connect LiveKit (LIVEKIT_URL, LIVEKIT_API_KEY, LIVEKIT_API_SECRET) to get an RTMP or WHIP URL and stream key.',
      }
    },

    async deleteIngress() {},

    async startRecording() {
      return null
    },

    async stopRecording() {},
  }
}

/** `VIDEO_ICE_SERVERS`: comma-separated stun:/turn: URLs; `turn:user:pass@host:port` carries credentials. */
export function parseIceServers(value: string | undefined): IceServerConfig[] {
  if (!value) return []
  return value
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s.length > 0)
    .map((entry) => {
      const m = /^(turns?):([^:@]+):([^@]+)@(.+)$/.exec(entry)
      if (m) return { urls: `${m[1]}:${m[4]}`, username: decodeURIComponent(m[2]!), credential: decodeURIComponent(m[3]!) }
      if (!/^(stun|turns?):/.test(entry)) throw new Error(`VIDEO_ICE_SERVERS: "${entry}" is not a stun: or turn: URL`)
      return { urls: entry }
    })
}
