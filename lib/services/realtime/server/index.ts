import { createServer, type IncomingMessage } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Duplex } from 'node:stream'
import { WebSocketServer, type WebSocket } from 'ws'
import { Connection, type AppCredentials } from './connection'
import { createHttpApi } from './http-api'
import { Hub } from './hub'
import { ACTIVITY_TIMEOUT_SECONDS, ErrorCode, newSocketId, PONG_TIMEOUT_MS, PROTOCOL_VERSION } from './protocol'

export type RealtimeServerOptions = AppCredentials & {
  /** 0 picks a free port (tests). */
  port: number
  /** 0.0.0.0 by default, so phones on the LAN can connect in development. */
  host?: string
  activityTimeoutSeconds?: number
  pongTimeoutMs?: number
  maxConnections?: number
}

export type RealtimeServer = {
  readonly port: number
  stats(): { connections: number; channels: number }
  close(): Promise<void>
}

/**
 * An embedded Pusher Channels server: WebSocket protocol 7 at /app/{key} and the HTTP API at
 * /apps/{appId}/…, on one port. pusher-js and the `pusher` SDK talk to it unchanged.
 */
export async function startRealtimeServer(options: RealtimeServerOptions): Promise<RealtimeServer> {
  const app: AppCredentials = { appId: options.appId, key: options.key, secret: options.secret }
  const activityTimeoutSeconds = options.activityTimeoutSeconds ?? ACTIVITY_TIMEOUT_SECONDS
  const activityMs = activityTimeoutSeconds * 1000
  const pongTimeoutMs = options.pongTimeoutMs ?? PONG_TIMEOUT_MS
  const maxConnections = options.maxConnections ?? 10_000
  const hub = new Hub()
  const connections = new Set<Connection>()

  const http = createServer(createHttpApi(app, hub))
  // Node's client and server both default to 5 s of keep-alive: a publisher that stalls can then
  // reuse a socket the server has just closed ("socket hang up"). Outlive the client's idle sockets.
  http.keepAliveTimeout = 65_000
  http.headersTimeout = 66_000
  // 64 KB: client events are limited to 10 KB of data; anything far larger is not a Pusher client.
  const wss = new WebSocketServer({ noServer: true, maxPayload: 64 * 1024, perMessageDeflate: false })

  http.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    if (!(req.url ?? '').startsWith('/app/')) {
      socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\n\r\n')
      return
    }
    wss.handleUpgrade(req, socket, head, (ws) => accept(ws, req))
  })

  function accept(ws: WebSocket, req: IncomingMessage) {
    const url = new URL(req.url ?? '/', 'http://embedded')
    const key = decodeURIComponent(url.pathname.slice('/app/'.length))
    const connection = new Connection(newSocketId(), ws, hub, app)
    const protocol = Number(url.searchParams.get('protocol'))
    if (key !== app.key) return connection.close(ErrorCode.AppDoesNotExist, `App key ${key} does not exist`)
    if (!Number.isInteger(protocol) || protocol < PROTOCOL_VERSION)
      return connection.close(ErrorCode.UnsupportedProtocol, `Unsupported protocol version ${url.searchParams.get('protocol') ?? '(none)'}; use ${PROTOCOL_VERSION}`)
    if (connections.size >= maxConnections) return connection.close(ErrorCode.OverConnectionQuota, 'Over connection quota')

    connections.add(connection)
    ws.on('message', (data, isBinary) => {
      if (!isBinary) connection.handleMessage(data.toString())
    })
    ws.on('close', () => {
      connections.delete(connection)
      connection.dispose()
    })
    ws.on('error', () => ws.terminate())
    connection.sendEvent(
      'pusher:connection_established',
      JSON.stringify({ socket_id: connection.socketId, activity_timeout: activityTimeoutSeconds }),
    )
  }

  // One sweep for every connection instead of a timer each: ping the silent, close the unanswered.
  const sweep = setInterval(
    () => {
      const now = Date.now()
      for (const c of connections) {
        if (c.closing) continue
        if (c.pingSentAt !== null) {
          if (now - c.pingSentAt > pongTimeoutMs) c.close(ErrorCode.PongNotReceived, 'Pong reply not received')
        } else if (now - c.lastSeen > activityMs) c.ping()
      }
    },
    Math.max(100, Math.min(5000, activityMs / 4, pongTimeoutMs / 4)),
  )
  sweep.unref()

  await new Promise<void>((resolve, reject) => {
    http.once('error', reject)
    http.listen(options.port, options.host ?? '0.0.0.0', () => {
      http.off('error', reject)
      resolve()
    })
  }).catch((error: unknown) => {
    clearInterval(sweep)
    throw error
  })

  return {
    port: (http.address() as AddressInfo).port,
    stats: () => ({ connections: connections.size, channels: hub.channelCount }),
    close: async () => {
      clearInterval(sweep)
      for (const c of connections) c.terminate()
      await new Promise<void>((resolve) => wss.close(() => resolve()))
      http.closeAllConnections()
      await new Promise<void>((resolve) => http.close(() => resolve()))
    },
  }
}
