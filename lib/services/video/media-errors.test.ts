import { describe, expect, it } from 'vitest'
import { describeMediaError, InsecureContextError } from './media-errors'

const named = (name: string, message = '') => Object.assign(new Error(message), { name })

describe('describeMediaError', () => {
  it.each([
    ['NotAllowedError', /blocked.*site settings/],
    ['NotFoundError', /No camera or microphone was found.*OBS/],
    ['OverconstrainedError', /No camera/],
    ['NotReadableError', /busy/],
  ])('explains %s', (name, expected) => {
    expect(describeMediaError(named(name))).toMatch(expected)
  })

  it('explains an insecure page, and falls back with the browser’s detail', () => {
    expect(describeMediaError(new InsecureContextError())).toMatch(/https/)
    expect(describeMediaError(named('WeirdError', 'driver crashed'))).toBe('The camera could not start (driver crashed). Reload the page and try again.')
    expect(describeMediaError('nope')).toBe('The camera could not start. Reload the page and try again.')
  })
})
