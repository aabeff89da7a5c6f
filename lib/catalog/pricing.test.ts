import { describe, expect, it } from 'vitest'
import { discountPercent, paiseToDecimal, stockState } from './pricing'

describe('discountPercent', () => {
  it('rounds down so the saving is never overstated', () => {
    expect(discountPercent(129900, 199900)).toBe(35)
    expect(discountPercent(99900, 100000)).toBe(0)
    expect(discountPercent(66700, 100000)).toBe(33)
  })

  it('is zero without a higher compare-at price', () => {
    expect(discountPercent(50000, null)).toBe(0)
    expect(discountPercent(50000, 50000)).toBe(0)
    expect(discountPercent(50000, 40000)).toBe(0)
  })
})

describe('paiseToDecimal', () => {
  it('writes rupees with two decimals', () => {
    expect(paiseToDecimal(129900)).toBe('1299.00')
    expect(paiseToDecimal(12950)).toBe('129.50')
    expect(paiseToDecimal(5)).toBe('0.05')
    expect(paiseToDecimal(0)).toBe('0.00')
    expect(paiseToDecimal(1299999900)).toBe('12999999.00')
  })
})

describe('stockState', () => {
  it('says in stock above the threshold, how many are left at or below it, and out of stock at zero', () => {
    expect(stockState(40, 5)).toEqual({ kind: 'in_stock', label: 'In stock' })
    expect(stockState(5, 5)).toEqual({ kind: 'low_stock', label: 'Only 5 left', left: 5 })
    expect(stockState(1, 5)).toEqual({ kind: 'low_stock', label: 'Only 1 left', left: 1 })
    expect(stockState(0, 5)).toEqual({ kind: 'out_of_stock', label: 'Out of stock' })
  })

  it('never says "only" when the seller turned the threshold off', () => {
    expect(stockState(2, 0).kind).toBe('in_stock')
  })
})
