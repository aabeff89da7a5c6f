import { describe, expect, it } from 'vitest'
import { allowedFrom, buyerMayCancel, canTransition, fulfilmentStep, holdsStock, ORDER_STATUSES } from './order-state'

describe('order state machine', () => {
  it('walks the happy path, each step by the actor who owns it', () => {
    expect(canTransition('pending_payment', 'confirmed', 'system')).toBe(true)
    expect(canTransition('confirmed', 'packed', 'seller')).toBe(true)
    expect(canTransition('packed', 'shipped', 'seller')).toBe(true)
    expect(canTransition('shipped', 'out_for_delivery', 'system')).toBe(true)
    expect(canTransition('out_for_delivery', 'delivered', 'system')).toBe(true)
  })

  it('refuses the wrong actor', () => {
    expect(canTransition('pending_payment', 'confirmed', 'buyer')).toBe(false)
    expect(canTransition('confirmed', 'packed', 'buyer')).toBe(false)
    expect(canTransition('shipped', 'delivered', 'seller')).toBe(false)
    expect(canTransition('delivered', 'return_requested', 'seller')).toBe(false)
  })

  it('never steps backwards, so a late courier scan is a no-op', () => {
    expect(canTransition('delivered', 'out_for_delivery', 'system')).toBe(false)
    expect(canTransition('delivered', 'shipped', 'system')).toBe(false)
    expect(canTransition('confirmed', 'pending_payment', 'system')).toBe(false)
    expect(allowedFrom('pending_payment', 'system')).toEqual([])
  })

  it('lets the buyer cancel only before the parcel ships', () => {
    expect(buyerMayCancel('pending_payment')).toBe(true)
    expect(buyerMayCancel('confirmed')).toBe(true)
    expect(buyerMayCancel('packed')).toBe(true)
    expect(buyerMayCancel('shipped')).toBe(false)
    expect(buyerMayCancel('delivered')).toBe(false)
  })

  it('ends cancelled and refunded orders', () => {
    for (const to of ORDER_STATUSES) {
      for (const actor of ['buyer', 'seller', 'admin', 'system'] as const) {
        expect(canTransition('cancelled', to, actor)).toBe(false)
        expect(canTransition('refunded', to, actor)).toBe(false)
      }
    }
  })

  it('runs a return: requested → approved → returned → refunded, or rejected back to delivered', () => {
    expect(canTransition('delivered', 'return_requested', 'buyer')).toBe(true)
    expect(canTransition('return_requested', 'return_approved', 'seller')).toBe(true)
    expect(canTransition('return_requested', 'delivered', 'seller')).toBe(true)
    expect(canTransition('return_approved', 'returned', 'system')).toBe(true)
    expect(canTransition('returned', 'refunded', 'system')).toBe(true)
    expect(canTransition('shipped', 'rto', 'system')).toBe(true)
  })

  it('holds stock only until the parcel leaves', () => {
    expect(holdsStock('pending_payment')).toBe(true)
    expect(holdsStock('packed')).toBe(true)
    expect(holdsStock('shipped')).toBe(false)
    expect(fulfilmentStep('shipped')).toBe(2)
    expect(fulfilmentStep('cancelled')).toBeNull()
  })
})
