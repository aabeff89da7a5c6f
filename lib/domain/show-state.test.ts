import { describe, expect, it } from 'vitest'
import { canTransition, isEditable, isFinal, refusedMessage, SHOW_STATUSES, SHOW_TRANSITIONS } from './show-state'

describe('show state machine', () => {
  it('allows exactly scheduled → live → ended and scheduled → cancelled', () => {
    const allowed = SHOW_STATUSES.flatMap((from) => SHOW_STATUSES.filter((to) => canTransition(from, to)).map((to) => `${from}→${to}`))
    expect(allowed.sort()).toEqual(['live→ended', 'scheduled→cancelled', 'scheduled→live'])
  })

  it('never leaves an ended or cancelled show, and never steps back', () => {
    expect(isFinal('ended')).toBe(true)
    expect(isFinal('cancelled')).toBe(true)
    expect(isFinal('live')).toBe(false)
    expect(canTransition('live', 'scheduled')).toBe(false)
    expect(canTransition('live', 'cancelled')).toBe(false)
    expect(canTransition('ended', 'live')).toBe(false)
  })

  it('names transitions the machine allows', () => {
    for (const { from, to } of Object.values(SHOW_TRANSITIONS)) expect(canTransition(from, to)).toBe(true)
  })

  it('lets a show be edited only while scheduled', () => {
    expect(SHOW_STATUSES.filter(isEditable)).toEqual(['scheduled'])
  })

  it('explains a refused transition by the state the show is in', () => {
    expect(refusedMessage('goLive', 'live')).toMatch(/already live/)
    expect(refusedMessage('end', 'scheduled')).toMatch(/not started/)
    expect(refusedMessage('cancel', 'live')).toMatch(/end it/)
    expect(refusedMessage('cancel', 'cancelled')).toMatch(/cancelled/)
  })
})
