import { describe, expect, it } from 'vitest'
import { createAssembler, createPacedSender, parseSignal, SDP_PART_CHARS, splitDescription } from './signalling'

const sdp = (n: number) => Array.from({ length: n }, (_, i) => String.fromCharCode(97 + (i % 26))).join('')

describe('parseSignal', () => {
  it('accepts offers, answers and byes, from objects or JSON strings', () => {
    expect(parseSignal({ t: 'offer', id: 'abc123', part: 0, parts: 1, sdp: 'v=0' })).toEqual({ t: 'offer', id: 'abc123', part: 0, parts: 1, sdp: 'v=0' })
    expect(parseSignal(JSON.stringify({ t: 'answer', id: 'abc123', part: 1, parts: 2, sdp: 'x' }))).toMatchObject({ t: 'answer', part: 1 })
    expect(parseSignal({ t: 'bye', id: 'abc123' })).toEqual({ t: 'bye', id: 'abc123' })
    expect(parseSignal({ t: 'bye' })).toEqual({ t: 'bye', id: null })
  })

  it.each([
    ['not JSON', '{nope'],
    ['an array', [1, 2]],
    ['an unknown type', { t: 'candidate', id: 'a', part: 0, parts: 1, sdp: 'x' }],
    ['an id with a space', { t: 'offer', id: 'a b', part: 0, parts: 1, sdp: 'x' }],
    ['a part past the end', { t: 'offer', id: 'a', part: 1, parts: 1, sdp: 'x' }],
    ['a fractional part', { t: 'offer', id: 'a', part: 0.5, parts: 2, sdp: 'x' }],
    ['too many parts', { t: 'offer', id: 'a', part: 0, parts: 9, sdp: 'x' }],
    ['an empty sdp', { t: 'offer', id: 'a', part: 0, parts: 1, sdp: '' }],
    ['an oversized part', { t: 'offer', id: 'a', part: 0, parts: 1, sdp: sdp(SDP_PART_CHARS + 1) }],
    ['a bye with a bad id', { t: 'bye', id: 42 }],
  ])('rejects %s', (_label, data) => {
    expect(parseSignal(data)).toBeNull()
  })
})

describe('splitDescription and createAssembler', () => {
  it('round-trips a long description sent in parts that arrive out of order', () => {
    const long = sdp(SDP_PART_CHARS * 2 + 123)
    const parts = splitDescription('offer', 'conn1', long)
    expect(parts.map((p) => p.sdp.length)).toEqual([SDP_PART_CHARS, SDP_PART_CHARS, 123])
    for (const p of parts) expect(parseSignal(JSON.parse(JSON.stringify(p)))).toEqual(p)
    const assembler = createAssembler('offer')
    expect(assembler.push(parts[2]!)).toBeNull()
    expect(assembler.push(parts[0]!)).toBeNull()
    expect(assembler.push(parts[1]!)).toEqual({ id: 'conn1', sdp: long })
  })

  it('starts over when a newer connection id arrives, and ignores the other kind', () => {
    const old = splitDescription('offer', 'old', sdp(100), 60)
    const fresh = splitDescription('offer', 'new', sdp(90), 60)
    const assembler = createAssembler('offer')
    expect(assembler.push(old[0]!)).toBeNull()
    expect(assembler.push(fresh[0]!)).toBeNull()
    expect(assembler.push(old[1]!)).toBeNull()
    expect(assembler.push({ t: 'answer', id: 'new', part: 1, parts: 2, sdp: 'zz' })).toBeNull()
    expect(assembler.push(fresh[1]!)).toEqual({ id: 'new', sdp: sdp(90) })
  })

  it('refuses a description too long for the part limit', () => {
    expect(() => splitDescription('answer', 'x', sdp(SDP_PART_CHARS * 8 + 1))).toThrow(/too long/)
  })
})

describe('createPacedSender', () => {
  it('sends in order at no more than the given rate, retrying a send that is not yet possible', () => {
    let clock = 0
    const timers: { at: number; fn: () => void }[] = []
    const sender = createPacedSender({ perSecond: 4, now: () => clock, setTimer: (fn, ms) => timers.push({ at: clock + ms, fn }) })
    const sent: [string, number][] = []
    let ready = false
    sender.enqueue(() => (sent.push(['a', clock]), true))
    sender.enqueue(() => {
      if (!ready) return false
      sent.push(['b', clock])
      return true
    })
    sender.enqueue(() => (sent.push(['c', clock]), true))
    const advance = () => {
      timers.sort((x, y) => x.at - y.at)
      const next = timers.shift()
      if (!next) return false
      clock = next.at
      if (clock >= 500) ready = true
      next.fn()
      return true
    }
    while (advance());
    expect(sent.map(([n]) => n)).toEqual(['a', 'b', 'c'])
    const times = sent.map(([, t]) => t)
    for (let i = 1; i < times.length; i++) expect(times[i]! - times[i - 1]!).toBeGreaterThanOrEqual(250)
    expect(sender.pending).toBe(0)
  })
})
