import { describe, expect, it } from 'vitest'
import { JobsError, normalizeSchedule } from './validate'

const now = new Date('2026-11-21T10:00:00.000Z')

describe('normalizeSchedule', () => {
  it('runs now by default, at runAt, or delaySeconds after now', () => {
    expect(normalizeSchedule({ name: 'orders.expire-unpaid' }, now)).toEqual({
      name: 'orders.expire-unpaid',
      body: '{}',
      payload: {},
      runAt: now,
      delaySeconds: null,
      dedupeKey: null,
    })
    const runAt = new Date('2026-11-21T10:30:00.000Z')
    expect(normalizeSchedule({ name: 'a.b', runAt }, now).runAt).toBe(runAt)
    expect(normalizeSchedule({ name: 'a.b', delaySeconds: 90 }, now)).toMatchObject({ runAt: new Date('2026-11-21T10:01:30.000Z'), delaySeconds: 90 })
  })

  it('passes the payload through JSON, as QStash would', () => {
    const result = normalizeSchedule({ name: 'a.b', payload: { at: now, skip: undefined, paise: 1999 }, dedupeKey: 'k' }, now)
    expect(result.payload).toEqual({ at: '2026-11-21T10:00:00.000Z', paise: 1999 })
    expect(result.body).toBe('{"at":"2026-11-21T10:00:00.000Z","paise":1999}')
    expect(result.dedupeKey).toBe('k')
  })

  it.each([
    [{ name: 'Bad Name' }, /^name:/],
    [{ name: 'a.b', runAt: new Date('nope') }, /^runAt:/],
    [{ name: 'a.b', delaySeconds: 1.5 }, /^delaySeconds:/],
    [{ name: 'a.b', delaySeconds: 400 * 24 * 3600 }, /^delaySeconds:/],
    [{ name: 'a.b', runAt: now, delaySeconds: 1 }, /^runAt and delaySeconds/],
    [{ name: 'a.b', dedupeKey: '' }, /^dedupeKey:/],
    [{ name: 'a.b', dedupeKey: 'k'.repeat(201) }, /^dedupeKey:/],
    [{ name: 'a.b', payload: { big: 'x'.repeat(1_000_001) } }, /^payload: larger than 1 MB/],
    [{ name: 'a.b', payload: () => 1 }, /^payload:/],
  ])('refuses %o', (input, message) => {
    expect(() => normalizeSchedule(input, now)).toThrow(JobsError)
    expect(() => normalizeSchedule(input, now)).toThrow(message)
  })
})
