import { afterAll, beforeAll } from 'vitest'
import type { ContractServer } from './contract-client'
import { runRealtimeContract } from './contract'
import { createEmbeddedRealtime } from './embedded'
import { createPusherRealtime } from './pusher'
import { startRealtimeServer, type RealtimeServer } from './server'

// A short activity timeout so the keep-alive test sees several ping/pong rounds in seconds.
const ACTIVITY_TIMEOUT_SECONDS = 1
const app = { appId: 'contract-app', key: 'contract-key', secret: 'contract-secret-0123456789' }

let server: RealtimeServer
let target: ContractServer

beforeAll(async () => {
  server = await startRealtimeServer({ ...app, port: 0, host: '127.0.0.1', activityTimeoutSeconds: ACTIVITY_TIMEOUT_SECONDS })
  target = { ...app, host: '127.0.0.1', port: server.port }
})
afterAll(async () => {
  await server.close()
})

runRealtimeContract('embedded driver', () => ({
  realtime: createEmbeddedRealtime({ ...app, port: target.port }),
  server: target,
  activityTimeoutSeconds: ACTIVITY_TIMEOUT_SECONDS,
}))

// The Pusher driver with its host overridden: the same SDK calls it makes against Pusher's cluster.
runRealtimeContract('pusher driver (aimed at the embedded server)', () => ({
  realtime: createPusherRealtime({ ...app, cluster: 'ap2', host: '127.0.0.1', port: target.port, useTLS: false }),
  server: target,
  activityTimeoutSeconds: ACTIVITY_TIMEOUT_SECONDS,
}))
