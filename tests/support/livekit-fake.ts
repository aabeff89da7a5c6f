import { createHash, randomBytes } from 'node:crypto'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { AccessToken, TokenVerifier, type ClaimGrants } from 'livekit-server-sdk'

/**
 * A local stand-in for LiveKit's Twirp API on 127.0.0.1, as livekit-server-sdk speaks it
 * (POST /twirp/livekit.<Service>/<Method>, JSON bodies in protobuf's JSON form, default values
 * omitted — so a missing inputType is RTMP_INPUT). Each call must carry `Authorization: Bearer
 * <JWT>` signed with the API secret (HS256, iss = API key) and the grant the method needs:
 *   Ingress/CreateIngress, Ingress/DeleteIngress            video.ingressAdmin
 *   Egress/StartRoomCompositeEgress, Egress/StopEgress      video.roomRecord
 * Errors are Twirp's `{ code, msg }` with the matching HTTP status.
 */

export type FakeIngress = { ingressId: string; kind: 'RTMP_INPUT' | 'WHIP_INPUT'; roomName: string; participantIdentity: string; streamKey: string; url: string }
export type FakeEgress = { egressId: string; roomName: string; request: Record<string, unknown>; stopped: boolean }

export type LiveKitFake = {
  url: string
  apiKey: string
  apiSecret: string
  ingresses: FakeIngress[]
  egresses: FakeEgress[]
  /** Every call, with the grants its token carried (null when refused). */
  calls: { method: string; grants: ClaimGrants | null; status: number }[]
  /** A webhook body and Authorization header as LiveKit sends them: a JWT whose sha256 claim is the body's. */
  signWebhook: (body: string, options?: { secret?: string }) => Promise<string>
  close: () => Promise<void>
}

export async function startLiveKitFake(): Promise<LiveKitFake> {
  const apiKey = `APIfake${randomBytes(4).toString('hex')}`
  const apiSecret = randomBytes(24).toString('base64url')
  const verifier = new TokenVerifier(apiKey, apiSecret)
  const ingresses: FakeIngress[] = []
  const egresses: FakeEgress[] = []
  const calls: LiveKitFake['calls'] = []
  let base = ''

  const server = http.createServer((req, res) => {
    void handle(req, res).catch((error: unknown) => twirpError(res, 500, 'internal', String(error)))
  })

  async function handle(req: http.IncomingMessage, res: http.ServerResponse) {
    const method = (req.url ?? '').replace(/^\/twirp\/livekit\./, '')
    const body = await readBody(req)
    const auth = req.headers.authorization ?? ''
    let grants: ClaimGrants | null = null
    try {
      grants = auth.startsWith('Bearer ') ? await verifier.verify(auth.slice('Bearer '.length)) : null
    } catch {
      grants = null
    }
    const record = (status: number) => calls.push({ method, grants, status })
    if (!grants) {
      record(401)
      return twirpError(res, 401, 'unauthenticated', 'invalid token')
    }
    const need = method.startsWith('Ingress/') ? grants.video?.ingressAdmin : method.startsWith('Egress/') ? grants.video?.roomRecord : false
    if (!need) {
      record(403)
      return twirpError(res, 403, 'permission_denied', 'permissions denied')
    }
    const input = (body ? JSON.parse(body) : {}) as Record<string, unknown>

    if (method === 'Ingress/CreateIngress') {
      if (typeof input.roomName !== 'string' || !input.participantIdentity) {
        record(400)
        return twirpError(res, 400, 'invalid_argument', 'roomName and participantIdentity are required')
      }
      const kind = input.inputType === 'WHIP_INPUT' ? 'WHIP_INPUT' : 'RTMP_INPUT'
      const ingress: FakeIngress = {
        ingressId: `IN_${randomBytes(6).toString('hex')}`,
        kind,
        roomName: input.roomName,
        participantIdentity: String(input.participantIdentity),
        streamKey: randomBytes(9).toString('base64url'),
        url: kind === 'WHIP_INPUT' ? `${base}/w` : `rtmp://127.0.0.1:1935/x`,
      }
      ingresses.push(ingress)
      record(200)
      return json(res, { ingressId: ingress.ingressId, streamKey: ingress.streamKey, url: ingress.url, inputType: kind, roomName: ingress.roomName, participantIdentity: ingress.participantIdentity })
    }
    if (method === 'Ingress/DeleteIngress') {
      const index = ingresses.findIndex((i) => i.ingressId === input.ingressId)
      if (index < 0) {
        record(404)
        return twirpError(res, 404, 'not_found', 'ingress does not exist')
      }
      const [gone] = ingresses.splice(index, 1)
      record(200)
      return json(res, { ingressId: gone?.ingressId })
    }
    if (method === 'Egress/StartRoomCompositeEgress') {
      const egress: FakeEgress = { egressId: `EG_${randomBytes(6).toString('hex')}`, roomName: String(input.roomName), request: input, stopped: false }
      egresses.push(egress)
      record(200)
      return json(res, { egressId: egress.egressId, roomName: egress.roomName, status: 'EGRESS_STARTING' })
    }
    if (method === 'Egress/StopEgress') {
      const egress = egresses.find((e) => e.egressId === input.egressId)
      if (!egress || egress.stopped) {
        record(412)
        return twirpError(res, 412, 'failed_precondition', 'egress is not active')
      }
      egress.stopped = true
      record(200)
      return json(res, { egressId: egress.egressId, roomName: egress.roomName, status: 'EGRESS_ENDING' })
    }
    record(404)
    return twirpError(res, 404, 'bad_route', `no handler for ${method}`)
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`

  return {
    url: base,
    apiKey,
    apiSecret,
    ingresses,
    egresses,
    calls,
    signWebhook: (body, options = {}) => signWebhook(body, apiKey, options.secret ?? apiSecret),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  }
}

/** How LiveKit signs a webhook: an access token with no grants but the body's SHA-256 (base64). */
export async function signWebhook(body: string, apiKey: string, apiSecret: string): Promise<string> {
  const token = new AccessToken(apiKey, apiSecret, { ttl: '5m' })
  token.sha256 = createHash('sha256').update(body).digest('base64')
  return token.toJwt()
}

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    req.on('error', reject)
  })
}

function json(res: http.ServerResponse, body: unknown) {
  res.writeHead(200, { 'content-type': 'application/json' })
  res.end(JSON.stringify(body))
}

function twirpError(res: http.ServerResponse, status: number, code: string, msg: string) {
  res.writeHead(status, { 'content-type': 'application/json' })
  res.end(JSON.stringify({ code, msg }))
}
