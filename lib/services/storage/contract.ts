import { randomBytes, randomUUID } from 'node:crypto'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { StorageService } from './types'

export type StorageContractSetup = {
  storage: StorageService
  /** Fetches a URL the driver returned, as a browser would (null on 404). */
  resolveUrl: (url: string) => Promise<Buffer | null>
  /** PUTs a file to an upload URL the driver returned, as a browser would; the HTTP status. */
  upload: (url: string, body: FormData) => Promise<number>
  teardown?: () => Promise<void>
}

const UNSAFE_KEYS = ['../x.webp', '/etc/passwd', 'a//b.webp', './a.webp', 'a/../../b.webp', '', 'a/b\\..\\c.webp', 'a b.webp']

/** The behaviour every storage driver must have; `setup` runs before each test. */
export function runStorageContract(name: string, setup: () => Promise<StorageContractSetup>): void {
  describe(`storage contract: ${name}`, () => {
    let ctx: StorageContractSetup
    const key = (file: string) => `products/${randomUUID()}/${file}`

    beforeEach(async () => {
      ctx = await setup()
    })
    afterEach(async () => {
      await ctx.teardown?.()
    })

    it('gives back the exact bytes and content type, at the key and URL it returned', async () => {
      const body = Buffer.concat([Buffer.from(Array.from({ length: 256 }, (_, i) => i)), randomBytes(200_000)])
      const put = await ctx.storage.put(key('photo.webp'), body, 'image/webp')
      expect(put.url).toBe(ctx.storage.url(put.key))
      const file = await ctx.storage.get(put.key)
      expect(file?.contentType).toBe('image/webp')
      expect(file?.size).toBe(body.length)
      expect(file?.body.equals(body)).toBe(true)
      expect((await ctx.resolveUrl(put.url))?.equals(body)).toBe(true)
    })

    it('keeps files apart', async () => {
      const a = await ctx.storage.put(key('a.png'), Buffer.from('first file'), 'image/png')
      const b = await ctx.storage.put(key('b.mp4'), Buffer.from('second file'), 'video/mp4')
      expect(a.key).not.toBe(b.key)
      expect((await ctx.storage.get(a.key))?.body.toString()).toBe('first file')
      expect(await ctx.storage.get(b.key)).toMatchObject({ contentType: 'video/mp4', size: 11 })
    })

    it('deletes: the key and its URL are gone, and deleting again is fine', async () => {
      const put = await ctx.storage.put(key('gone.jpg'), Buffer.from('soon gone'), 'image/jpeg')
      await ctx.storage.delete(put.key)
      expect(await ctx.storage.get(put.key)).toBeNull()
      expect(await ctx.resolveUrl(put.url)).toBeNull()
      await expect(ctx.storage.delete(put.key)).resolves.toBeUndefined()
    })

    it('answers null for a key never stored', async () => {
      expect(await ctx.storage.get(`never${randomUUID().replaceAll('-', '')}`)).toBeNull()
    })

    const form = (bytes: Buffer, name: string, type: string) => {
      const body = new FormData()
      body.append('file', new Blob([new Uint8Array(bytes)], { type }), name)
      return body
    }

    it('takes a direct upload at a signed URL; head reads its start and size without the rest', async () => {
      const bytes = Buffer.concat([Buffer.from('\x00\x00\x00\x18ftypisom'), randomBytes(300_000)])
      const target = await ctx.storage.createUpload(key('clip.mp4'), { name: 'clip.mp4', size: bytes.length, contentType: 'video/mp4' })
      expect(target.expiresAt.getTime()).toBeGreaterThan(Date.now())
      expect(await ctx.storage.head(target.key, 16)).toBeNull()
      expect(await ctx.upload(target.url, form(bytes, 'clip.mp4', 'video/mp4'))).toBe(200)
      const head = await ctx.storage.head(target.key, 16)
      expect(head?.size).toBe(bytes.length)
      expect(head?.start.equals(bytes.subarray(0, 16))).toBe(true)
      expect((await ctx.storage.head(target.key, 10_000_000))?.start.length).toBe(bytes.length)
      expect((await ctx.resolveUrl(ctx.storage.url(target.key)))?.equals(bytes)).toBe(true)
      // Once there, the file can't be replaced through the same URL (it may have been checked).
      expect(await ctx.upload(target.url, form(Buffer.alloc(bytes.length), 'clip.mp4', 'video/mp4'))).toBe(409)
      expect((await ctx.storage.head(target.key, 16))?.start.equals(bytes.subarray(0, 16))).toBe(true)
    })

    it('refuses an upload of another size, a tampered URL and an expired one, and stores nothing', async () => {
      const bytes = randomBytes(5_000)
      const declared = { name: 'a.webm', size: bytes.length, contentType: 'video/webm' }
      const short = await ctx.storage.createUpload(key('a.webm'), { ...declared, size: bytes.length + 1 })
      expect(await ctx.upload(short.url, form(bytes, 'a.webm', 'video/webm'))).toBeGreaterThanOrEqual(400)
      expect(await ctx.storage.head(short.key, 16)).toBeNull()

      const target = await ctx.storage.createUpload(key('b.webm'), declared)
      const resized = target.url.replace(/size=(\d+)/, (_, n: string) => `size=${Number(n) + 1}`)
      expect(resized).not.toBe(target.url)
      expect(await ctx.upload(resized, form(Buffer.concat([bytes, Buffer.from('x')]), 'b.webm', 'video/webm'))).toBe(403)
      const forged = target.url.replace(/signature=([^&]*)$/, (_, sig: string) => `signature=${sig.slice(0, -2)}${sig.endsWith('00') ? '11' : '00'}`)
      expect(await ctx.upload(forged, form(bytes, 'b.webm', 'video/webm'))).toBe(403)
      expect(await ctx.storage.head(target.key, 16)).toBeNull()

      const expired = await ctx.storage.createUpload(key('c.webm'), declared, -1)
      expect(await ctx.upload(expired.url, form(bytes, 'c.webm', 'video/webm'))).toBe(403)
      expect(await ctx.storage.head(expired.key, 16)).toBeNull()
    })

    it('rejects unsafe keys: put and delete throw, get finds nothing', async () => {
      for (const unsafe of UNSAFE_KEYS) {
        await expect(ctx.storage.put(unsafe, Buffer.from('x'), 'image/webp'), unsafe).rejects.toThrow(/Invalid storage key/)
        await expect(ctx.storage.delete(unsafe), unsafe).rejects.toThrow(/Invalid storage key/)
        await expect(ctx.storage.createUpload(unsafe, { name: 'x', size: 1, contentType: 'image/webp' }), unsafe).rejects.toThrow(/Invalid storage key/)
        expect(await ctx.storage.get(unsafe)).toBeNull()
        expect(await ctx.storage.head(unsafe, 4)).toBeNull()
      }
    })
  })
}
