import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startUploadthingFake, type UploadthingFake } from '@/tests/support/uploadthing-fake'
import { runStorageContract } from './contract'
import { createLocalStorage, LOCAL_UPLOAD_PATH } from './local'
import { createUploadthingStorage, parseUploadthingToken, uploadthingKeyPrefix } from './uploadthing'

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'haat-storage-contract-'))
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))

// What app/files/[...key] serves: the file under the uploads directory, by the URL's path.
// Uploads go to the driver's handler, which app/api/storage/upload hands every PUT.
runStorageContract('local', async () => {
  const storage = createLocalStorage(dir, { secret: 'contract-secret' })
  return {
    storage,
    resolveUrl: async (url) => {
      expect(url).toMatch(/^\/files\//)
      return fs.promises.readFile(path.join(dir, url.slice('/files/'.length))).catch(() => null)
    },
    upload: async (url, body) => {
      expect(url).toMatch(new RegExp(`^${LOCAL_UPLOAD_PATH}\\?`))
      return (await storage.handleUpload(new Request(`http://localhost:3000${url}`, { method: 'PUT', body }))).status
    },
  }
})

describe('uploadthing driver', () => {
  let fake: UploadthingFake
  const driver = () => createUploadthingStorage({ token: fake.token, apiUrl: fake.url, ingestUrl: fake.url, fileUrlBase: `${fake.url}/f` })

  beforeAll(async () => {
    fake = await startUploadthingFake()
  })
  afterAll(async () => {
    expect(fake.refused).toEqual([])
    await fake.close()
  })

  runStorageContract('uploadthing (UTApi against a local fake)', async () => ({
    storage: driver(),
    resolveUrl: async (url) => {
      const response = await fetch(url)
      return response.status === 404 ? null : Buffer.from(await response.arrayBuffer())
    },
    upload: async (url, body) => {
      const status = (await fetch(url, { method: 'PUT', body })).status
      fake.refused.length = 0 // the contract's refusals are meant
      return status
    },
  }))

  it("signs direct uploads with keys under the app's prefix, as the SDK's own uploads have", async () => {
    const viaSdk = await driver().put('products/p1/a.webp', Buffer.from('x'), 'image/webp')
    const direct = await driver().createUpload('products/p1/b.mp4', { name: 'b.mp4', size: 3, contentType: 'video/mp4' })
    const prefix = uploadthingKeyPrefix(fake.appId)
    expect(prefix.length).toBeGreaterThanOrEqual(12)
    expect(viaSdk.key.startsWith(prefix)).toBe(true)
    expect(direct.key.startsWith(prefix)).toBe(true)
    expect(direct.key).not.toBe(viaSdk.key)
    const url = new URL(direct.url)
    expect(url.origin).toBe(fake.url)
    expect(decodeURIComponent(url.searchParams.get('x-ut-file-name') ?? '')).toBe('products_p1_b.mp4')
    expect(createUploadthingStorage({ token: fake.token }).url(direct.key)).toBe(`https://${fake.appId}.ufs.sh/f/${direct.key}`)
  })

  it('uploads through the SDK with our path as the file name and serves ufs.sh URLs by default', async () => {
    const put = await driver().put('products/p1/cover.avif', Buffer.from('avif bytes'), 'image/avif')
    expect(put.key).toMatch(/^[A-Za-z0-9]{40,}$/)
    expect(fake.files.get(put.key)).toMatchObject({ name: 'products_p1_cover.avif', type: 'image/avif' })
    const production = createUploadthingStorage({ token: fake.token })
    expect(production.url(put.key)).toBe(`https://${fake.appId}.ufs.sh/f/${put.key}`)
  })

  it('surfaces a refused upload as an error', async () => {
    const forged = Buffer.from(JSON.stringify({ apiKey: 'sk_live_wrong', appId: fake.appId, regions: ['sea1'] })).toString('base64')
    const storage = createUploadthingStorage({ token: forged, apiUrl: fake.url, ingestUrl: fake.url, fileUrlBase: `${fake.url}/f` })
    await expect(storage.put('products/p1/x.webp', Buffer.from('x'), 'image/webp')).rejects.toThrow(/uploadthing upload of products\/p1\/x.webp failed/)
    await expect(storage.delete('somekey')).rejects.toThrow()
    fake.refused.length = 0
  })

  it('reads the token, refusing anything else with a message that does not echo it', () => {
    expect(parseUploadthingToken(fake.token)).toEqual({ appId: fake.appId, regions: ['sea1'] })
    for (const bad of ['u', Buffer.from('{"apiKey":"pk_x","appId":"a","regions":["sea1"]}').toString('base64'), Buffer.from('{"apiKey":"sk_x","appId":"a","regions":[]}').toString('base64')])
      expect(() => parseUploadthingToken(bad)).toThrow(/^UPLOADTHING_TOKEN is not an uploadthing token/)
  })
})
