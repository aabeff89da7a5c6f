import 'server-only'

import { env } from '@/lib/env'
import { getServiceConfig } from '@/lib/services'
import type { ServiceConfig } from '@/lib/services/config'
import { createEmbeddedVideo, parseIceServers } from './embedded'
import { createLiveKitVideo, recordingConfig, type S3RecordingConfig } from './livekit'
import type { Video } from './types'

export type {
  EmbeddedSession,
  IngressKind,
  IngressResult,
  LiveKitSession,
  Unsupported,
  Video,
  VideoCapabilities,
  VideoRole,
  VideoSession,
  VideoWebhookEvent,
} from './types'
export { VideoError } from './types'
export { EMBEDDED_FULL_MESSAGE, EMBEDDED_MAX_VIEWERS } from './embedded'

const globalForVideo = globalThis as unknown as { haatVideo?: Video }

export function getVideo(): Video {
  globalForVideo.haatVideo ??= createVideo(getServiceConfig().video, {
    recording: recordingConfig(env),
    iceServers: env.VIDEO_ICE_SERVERS,
  })
  return globalForVideo.haatVideo
}

export function createVideo(
  config: ServiceConfig['video'],
  extra: { recording: S3RecordingConfig | null; iceServers?: string },
): Video {
  switch (config.driver) {
    case 'livekit':
      return createLiveKitVideo({ url: config.url, apiKey: config.apiKey, apiSecret: config.apiSecret, recording: extra.recording })
    case 'embedded':
      return createEmbeddedVideo({ iceServers: parseIceServers(extra.iceServers) })
    default: {
      const unknown: never = config
      throw new Error(`Unknown video driver: ${JSON.stringify(unknown)}`)
    }
  }
}
