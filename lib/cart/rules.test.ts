import { describe, expect, it } from 'vitest'
import { buyNowPath, clampQuantity, lineLimit, mergeCartLines, withLine, type StoredCartLine } from './rules'

const P1 = '11111111-1111-4111-8111-111111111111'
const P2 = '22222222-2222-4222-8222-222222222222'
const V1 = 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa'
const S1 = 'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb'
const line = (productId: string, quantity: number, over: Partial<StoredCartLine> = {}): StoredCartLine => ({ productId, variantId: null, quantity, showId: null, ...over })

describe('clampQuantity', () => {
  it('keeps a quantity within the stock and 10 a line', () => {
    expect(clampQuantity(2, 5)).toEqual({ quantity: 2, notice: null })
    expect(clampQuantity(10, 50)).toEqual({ quantity: 10, notice: null })
  })
  it('lowers to the stock left and says so', () => {
    expect(clampQuantity(5, 3)).toEqual({ quantity: 3, notice: 'Only 3 left — we’ve set the quantity to 3.' })
  })
  it('lowers to 10 a line when there is more stock', () => {
    expect(clampQuantity(12, 40)).toEqual({ quantity: 10, notice: 'You can buy up to 10 of this item — we’ve set the quantity to 10.' })
  })
  it('raises nonsense to 1 and refuses when nothing is left', () => {
    expect(clampQuantity(0, 4).quantity).toBe(1)
    expect(clampQuantity(2, 0)).toEqual({ quantity: 0, notice: 'This item is out of stock.' })
    expect(lineLimit(-3)).toBe(0)
  })
})

describe('mergeCartLines', () => {
  it('adds quantities of the same product and variant and keeps the first show', () => {
    const user = [line(P1, 2), line(P1, 1, { variantId: V1 })]
    const guest = [line(P1, 3, { showId: S1 }), line(P2, 1)]
    expect(mergeCartLines(user, guest)).toEqual([line(P1, 5, { showId: S1 }), line(P1, 1, { variantId: V1 }), line(P2, 1)])
    expect(user[0]!.quantity).toBe(2)
  })
  it('keeps the user’s show over the guest’s and drops guest lines past the limit', () => {
    const user = [line(P1, 1, { showId: 'user-show' })]
    expect(mergeCartLines(user, [line(P1, 1, { showId: S1 })])[0]!.showId).toBe('user-show')
    expect(mergeCartLines(user, [line(P2, 1)], 1)).toEqual(user)
  })
})

describe('withLine', () => {
  it('adds, replaces and removes a line', () => {
    const lines = [line(P1, 1)]
    expect(withLine(lines, line(P2, 2))).toEqual([line(P1, 1), line(P2, 2)])
    expect(withLine(lines, line(P1, 4))).toEqual([line(P1, 4)])
    expect(withLine(lines, line(P1, 0))).toEqual([])
    expect(withLine(lines, line(P2, 0))).toEqual(lines)
  })
})

describe('buyNowPath', () => {
  it('names the one line for the checkout', () => {
    expect(buyNowPath(line(P1, 2))).toBe(`/checkout?buy=${P1}:-:2`)
    expect(buyNowPath(line(P1, 1, { variantId: V1, showId: S1 }))).toBe(`/checkout?buy=${P1}:${V1}:1:${S1}`)
  })
})
