import { describe, expect, it } from 'vitest'
import { NOTIFICATION_TYPE_KEYS, notificationTypesFor } from './notification-types'
import { emailPreferencesSchema, markNotificationReadSchema } from './validations'

describe('emailPreferencesSchema', () => {
  it('accepts one choice per known type', () => {
    const preferences = NOTIFICATION_TYPE_KEYS.map((type, i) => ({ type, enabled: i % 2 === 0 }))
    expect(emailPreferencesSchema.parse({ preferences }).preferences).toHaveLength(NOTIFICATION_TYPE_KEYS.length)
  })

  it('rejects unknown and repeated types with a message', () => {
    const unknown = emailPreferencesSchema.safeParse({ preferences: [{ type: 'marketing.spam', enabled: true }] })
    expect(unknown.error?.issues[0]?.message).toBe('Unknown email type.')
    const twice = emailPreferencesSchema.safeParse({
      preferences: [
        { type: 'order.shipped', enabled: true },
        { type: 'order.shipped', enabled: false },
      ],
    })
    expect(twice.error?.issues[0]?.message).toBe('Each email type may appear once.')
    expect(emailPreferencesSchema.safeParse({ preferences: [] }).success).toBe(false)
  })

  it('splits the types between buyers and sellers', () => {
    expect(notificationTypesFor('seller')).toEqual(['seller.order.placed', 'seller.order.cancelled', 'seller.return.requested'])
    expect(notificationTypesFor('buyer')).toContain('order.placed')
    expect(notificationTypesFor('buyer')).not.toContain('seller.order.placed')
  })
})

describe('markNotificationReadSchema', () => {
  it('needs a uuid', () => {
    expect(markNotificationReadSchema.safeParse({ id: '1 or 1=1' }).success).toBe(false)
    expect(markNotificationReadSchema.safeParse({ id: crypto.randomUUID() }).success).toBe(true)
  })
})
