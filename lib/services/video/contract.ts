import { randomUUID } from 'node:crypto'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { VideoError, type Video, type VideoSession } from './types'

export type SessionPermissions = { publish: boolean; subscribe: boolean; publishData: boolean; room: string }

export type VideoContractSetup = {
  video: Video
  /** What a session lets its holder do: decoded from the LiveKit token, or the embedded role. */
  permissions: (session: VideoSession) => Promise<SessionPermissions>
  /** The Authorization header of an authentic webhook, or null for a driver that receives none. */
  signWebhook: ((body: string) => Promise<string>) | null
  /** The same header made with the wrong secret. */
  forgeWebhook: (body: string) => Promise<string>
  /** Is the ingress / egress with this id live at the provider? */
  ingressExists?: (ingressId: string) => boolean
  egressStopped?: (egressId: string) => boolean
  teardown?: () => Promise<void>
}

const roundTrip = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T

/** The behaviour every video driver must have; `setup` runs before each test. */
export function runVideoContract(name: string, setup: () => Promise<VideoContractSetup>): void {
  describe(`video contract: ${name}`, () => {
    let ctx: VideoContractSetup
    beforeEach(async () => {
      ctx = await setup()
    })
    afterEach(async () => {
      await ctx.teardown?.()
    })

    it('gives the host a publishing session and a viewer a watch-only one, as plain JSON', async () => {
      const showId = randomUUID()
      const host = await ctx.video.hostSession({ showId, userId: randomUUID(), name: 'Meera Handlooms' })
      const viewer = await ctx.video.viewerSession({ showId, viewerKey: randomUUID() })
      expect(host.driver).toBe(ctx.video.driver)
      expect(roundTrip(host)).toEqual(host)
      expect(roundTrip(viewer)).toEqual(viewer)
      expect(host.role).toBe('host')
      expect(viewer.role).toBe('viewer')

      const hostCan = await ctx.permissions(host)
      const viewerCan = await ctx.permissions(viewer)
      expect(hostCan).toMatchObject({ publish: true, publishData: true })
      expect(viewerCan).toMatchObject({ publish: false, publishData: false, subscribe: true })
      expect(viewerCan.room).toBe(hostCan.room)

      const elsewhere = await ctx.permissions(await ctx.video.viewerSession({ showId: randomUUID(), viewerKey: randomUUID() }))
      expect(elsewhere.room).not.toBe(hostCan.room)
    })

    it('refuses a co-host who was not invited, and seats an invited one only where the driver can', async () => {
      const showId = randomUUID()
      const input = { showId, userId: randomUUID(), name: 'Affiliate Asha' }
      await expect(ctx.video.coHostSession({ ...input, allowed: false })).rejects.toMatchObject({ name: 'VideoError', code: 'forbidden' })
      const result = await ctx.video.coHostSession({ ...input, allowed: true })
      if (ctx.video.capabilities.coHost) {
        expect('supported' in result).toBe(false)
        const can = await ctx.permissions(result as VideoSession)
        expect(can.publish).toBe(true)
        expect((result as VideoSession).role).toBe('co-host')
      } else {
        expect(result).toEqual({ supported: false, message: expect.stringMatching(/LiveKit/) })
      }
    })

    it('creates and deletes an RTMP and a WHIP ingress exactly when it says it can', async () => {
      const showId = randomUUID()
      for (const kind of ['rtmp', 'whip'] as const) {
        const result = await ctx.video.createIngress(showId, kind)
        if (!ctx.video.capabilities.ingress) {
          expect(result).toEqual({ supported: false, message: expect.stringMatching(/LiveKit/) })
          continue
        }
        if (!result.supported) throw new Error(`expected an ingress, got: ${result.message}`)
        expect(result).toMatchObject({ kind, ingressId: expect.any(String), streamKey: expect.any(String) })
        expect(result.url).toMatch(kind === 'rtmp' ? /^rtmps?:\/\// : /^https?:\/\//)
        expect(ctx.ingressExists?.(result.ingressId)).toBe(true)
        await ctx.video.deleteIngress(result.ingressId)
        expect(ctx.ingressExists?.(result.ingressId)).toBe(false)
      }
    })

    it('records only when recording is configured', async () => {
      const egressId = await ctx.video.startRecording(randomUUID())
      if (!ctx.video.capabilities.recording) {
        expect(egressId).toBeNull()
        return
      }
      expect(egressId).toEqual(expect.any(String))
      await ctx.video.stopRecording(egressId as string)
      expect(ctx.egressStopped?.(egressId as string)).toBe(true)
    })

    it('rejects a forged webhook and a tampered body, and parses an authentic one', async () => {
      const showId = randomUUID()
      const body = JSON.stringify({ event: 'ingress_started', id: 'EV_contract1', createdAt: '1767225600', ingressInfo: { ingressId: 'IN_1', roomName: `show-${showId}`, inputType: 'WHIP_INPUT' } })
      const forged = ctx.video.verifyWebhook(body, await ctx.forgeWebhook(body))
      await expect(forged).rejects.toBeInstanceOf(VideoError)
      await expect(ctx.video.verifyWebhook(body, null)).rejects.toMatchObject({ code: 'unauthorized' })
      if (!ctx.signWebhook) return
      const authorization = await ctx.signWebhook(body)
      await expect(ctx.video.verifyWebhook(body.replace('IN_1', 'IN_2'), authorization)).rejects.toMatchObject({ code: 'unauthorized' })
      const event = await ctx.video.verifyWebhook(body, authorization)
      expect(event).toMatchObject({ id: 'EV_contract1', event: 'ingress_started', showId, ingress: { ingressId: 'IN_1', kind: 'whip' } })
      expect(event.createdAt?.toISOString()).toBe('2026-01-01T00:00:00.000Z')
    })
  })
}
