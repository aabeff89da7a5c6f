import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { createLocalStorage, isSafeKey } from './local'

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'haat-storage-'))
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))

describe('local storage', () => {
  const storage = createLocalStorage(dir)

  it('stores, reads back with a content type, and deletes', async () => {
    const put = await storage.put('products/p1/a.webp', Buffer.from('RIFF....WEBP'), 'image/webp')
    expect(put.url).toBe('/files/products/p1/a.webp')
    const file = await storage.get('products/p1/a.webp')
    expect(file?.contentType).toBe('image/webp')
    expect(file?.body.toString()).toBe('RIFF....WEBP')
    await storage.delete('products/p1/a.webp')
    expect(await storage.get('products/p1/a.webp')).toBeNull()
  })

  it('refuses keys that escape the uploads directory', async () => {
    for (const key of ['../etc/passwd', '/etc/passwd', 'a/../../b', 'a//b', './a']) expect(isSafeKey(key)).toBe(false)
    expect(await storage.get('../secret')).toBeNull()
    await expect(storage.put('../x.webp', Buffer.from('x'), 'image/webp')).rejects.toThrow(/Invalid storage key/)
  })
})
