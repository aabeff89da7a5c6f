'use client'

/**
 * The browser half of the video service. Each stage loads its driver (LiveKit's SDK, or the
 * embedded WebRTC signalling over the realtime service) only when it renders. The embedded
 * driver needs a <RealtimeProvider> above the stage.
 */
export { HostStage, type HostStageProps } from './host-stage'
export { ViewerStage, type ViewerStageProps } from './viewer-stage'
export type { HostStatus, ViewerStatus } from './stage-types'
export type { VideoSession } from './types'
