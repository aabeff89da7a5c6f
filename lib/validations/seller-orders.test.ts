import { describe, expect, it } from 'vitest'
import { ORDER_STATUSES } from '@/lib/domain/order-state'
import {
  cancelSellerOrderSchema,
  parseSellerOrderListParams,
  rejectReturnSchema,
  SELLER_ORDER_TAB_STATUSES,
  sellerOrderCommands,
  sellerOrderFilter,
  sellerOrderListQuery,
} from './seller-orders'

const ref = { storeId: '3f1c7a52-8d7e-4b8a-9a43-2f1f1d9b6c10', orderId: '9b2f3c1e-5a6d-4e7f-8a9b-0c1d2e3f4a5b' }

describe('inbox URL state', () => {
  it('falls back to defaults for anything unexpected', () => {
    expect(parseSellerOrderListParams({ tab: 'bogus', page: '-3', from: '2024-02-30', to: 'yesterday', q: ['  kurta ', 'x'] })).toEqual({ tab: 'all', q: 'kurta', from: '', to: '', page: 1 })
  })

  it('swaps a range typed backwards', () => {
    expect(parseSellerOrderListParams({ from: '2024-03-12', to: '2024-03-01' })).toMatchObject({ from: '2024-03-01', to: '2024-03-12' })
  })

  it('writes short links: defaults and page 1 left out, a change of filter back to page 1', () => {
    const params = parseSellerOrderListParams({ tab: 'to_pack', q: 'asha', page: '3' })
    expect(sellerOrderListQuery(params)).toBe('?tab=to_pack&q=asha')
    expect(sellerOrderListQuery(params, { page: 4 })).toBe('?tab=to_pack&q=asha&page=4')
    expect(sellerOrderListQuery(parseSellerOrderListParams({}))).toBe('')
  })

  it('reads dates as Indian calendar days, both ends included', () => {
    const filter = sellerOrderFilter({ q: '#HT-1', from: '2024-03-11', to: '2024-03-11' })
    expect(filter.q).toBe('HT-1')
    expect(filter.placedFrom?.toISOString()).toBe('2024-03-10T18:30:00.000Z')
    expect(filter.placedBefore?.toISOString()).toBe('2024-03-11T18:30:00.000Z')
  })

  it('puts every status a seller acts on in exactly one tab, and leaves unpaid checkouts out', () => {
    const { all, ...tabs } = SELLER_ORDER_TAB_STATUSES
    const grouped = Object.values(tabs).flat()
    expect(new Set(grouped).size).toBe(grouped.length)
    expect([...all].sort()).toEqual([...grouped].sort())
    expect(ORDER_STATUSES.filter((s) => !all.includes(s))).toEqual(['pending_payment'])
  })
})

describe('order action inputs', () => {
  it('needs a real reason to cancel', () => {
    const result = cancelSellerOrderSchema.safeParse({ ...ref, reason: '  no ' })
    expect(result.success).toBe(false)
    expect(result.error?.issues[0]).toMatchObject({ path: ['reason'], message: expect.stringContaining('why you are cancelling') })
    expect(cancelSellerOrderSchema.parse({ ...ref, reason: ' Out of stock ' }).reason).toBe('Out of stock')
  })

  it('needs a note to reject a return', () => {
    expect(rejectReturnSchema.safeParse({ ...ref, note: '' }).error?.issues[0]?.path).toEqual(['note'])
  })
})

describe('which steps the order page offers', () => {
  it('follows the order state', () => {
    expect(sellerOrderCommands('confirmed', 'owner', false)).toEqual(['pack', 'ship', 'cancel'])
    expect(sellerOrderCommands('packed', 'owner', false)).toEqual(['ship', 'cancel'])
    expect(sellerOrderCommands('shipped', 'owner', false)).toEqual([])
    expect(sellerOrderCommands('return_requested', 'owner', false)).toEqual(['approve_return', 'reject_return'])
    expect(sellerOrderCommands('return_approved', 'owner', false)).toEqual(['receive_return'])
    expect(sellerOrderCommands('delivered', 'owner', false)).toEqual([])
  })

  it('lets moderators pack and ship only, and a suspended store nothing', () => {
    expect(sellerOrderCommands('confirmed', 'moderator', false)).toEqual(['pack', 'ship'])
    expect(sellerOrderCommands('return_requested', 'moderator', false)).toEqual([])
    expect(sellerOrderCommands('confirmed', 'owner', true)).toEqual([])
  })
})
