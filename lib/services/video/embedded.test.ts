import { describe, expect, it } from 'vitest'
import { parseIceServers } from './embedded'

describe('parseIceServers', () => {
  it('reads STUN URLs and TURN URLs with credentials, and refuses anything else', () => {
    expect(parseIceServers(undefined)).toEqual([])
    expect(parseIceServers(' stun:stun.l.google.com:19302 , turn:haat:p%40ss@turn.example.com:3478?transport=udp')).toEqual([
      { urls: 'stun:stun.l.google.com:19302' },
      { urls: 'turn:turn.example.com:3478?transport=udp', username: 'haat', credential: 'p@ss' },
    ])
    expect(() => parseIceServers('https://turn.example.com')).toThrow(/not a stun: or turn: URL/)
  })
})
