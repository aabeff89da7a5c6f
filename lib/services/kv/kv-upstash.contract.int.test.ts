import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startUpstashRestShim, type UpstashRestShim } from '@/tests/support/upstash-rest-shim'
import { resolveServiceConfig } from '../config'
import { runKvContract } from './contract'
import { createUpstashKv } from './upstash'

const redisUrl = process.env.TEST_REDIS_URL

if (!redisUrl) {
  // Without a Redis the Upstash driver cannot be exercised; say what runs instead rather than skip.
  describe('kv contract: upstash (TEST_REDIS_URL unset)', () => {
    it('leaves the app on the memory driver when Upstash is not configured', () => {
      expect(resolveServiceConfig({}).kv).toEqual({ driver: 'memory' })
    })
  })
} else {
  const prefix = `haat-test:${randomUUID()}:`
  let shim: UpstashRestShim

  beforeAll(async () => {
    shim = await startUpstashRestShim({ redisUrl })
  })

  afterAll(async () => {
    await shim.deleteKeys(`${prefix}*`)
    await shim.close()
  })

  runKvContract('upstash (REST shim over Redis)', () => createUpstashKv({ url: shim.url, token: shim.token, prefix }))

  describe('upstash driver', () => {
    it('keeps its keys under the prefix', async () => {
      const kv = createUpstashKv({ url: shim.url, token: shim.token, prefix })
      const other = createUpstashKv({ url: shim.url, token: shim.token, prefix: `${prefix}other:` })
      await kv.set('shared-name', 'mine')
      expect(await other.get('shared-name')).toBeNull()
      expect(await kv.get('shared-name')).toBe('mine')
    })

    it('surfaces a rejected token as an error', async () => {
      const kv = createUpstashKv({ url: shim.url, token: 'wrong-token', prefix })
      await expect(kv.get('anything')).rejects.toThrow(/Unauthorized/)
    })
  })
}
