import { randomBytes, randomUUID } from 'node:crypto'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { StorageService } from './types'

export type StorageContractSetup = {
  storage: StorageService
  /** Fetches a URL the driver returned, as a browser would (null on 404). */
  resolveUrl: (url: string) => Promise<Buffer | null>
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

    it('rejects unsafe keys: put and delete throw, get finds nothing', async () => {
      for (const unsafe of UNSAFE_KEYS) {
        await expect(ctx.storage.put(unsafe, Buffer.from('x'), 'image/webp'), unsafe).rejects.toThrow(/Invalid storage key/)
        await expect(ctx.storage.delete(unsafe), unsafe).rejects.toThrow(/Invalid storage key/)
        expect(await ctx.storage.get(unsafe)).toBeNull()
      }
    })
  })
}
