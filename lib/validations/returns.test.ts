import { describe, expect, it } from 'vitest'
import {
  cancelOrderSchema,
  MAX_RETURN_PHOTOS,
  RETURN_PHOTO_MAX_BYTES,
  RETURN_REASON_LABELS,
  RETURN_REASONS,
  requestReturnSchema,
  returnEligibility,
  type RequestReturnFormValues,
} from './returns'

const ORDER = '6f1c1e9a-1111-4aaa-8bbb-000000000001'
const photo = (name: string, bytes: number) => new File([new Uint8Array(bytes)], name, { type: 'image/jpeg' })
const base: RequestReturnFormValues = { orderId: ORDER, reason: 'damaged', details: '', photos: [] }

function errorsOf(result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) {
  return result.success ? {} : Object.fromEntries(result.error!.issues.map((i) => [i.path.join('.'), i.message]))
}

describe('request return schema', () => {
  it('accepts every listed reason, trims the details and defaults the photos', () => {
    for (const reason of RETURN_REASONS) {
      const parsed = requestReturnSchema.parse({ ...base, reason, details: '  The seam came apart on day one  ', photos: undefined })
      expect(parsed).toEqual({ orderId: ORDER, reason, details: 'The seam came apart on day one', photos: [] })
    }
    expect(Object.keys(RETURN_REASON_LABELS)).toEqual([...RETURN_REASONS])
  })

  it('asks for a reason when none, or an unknown one, is chosen', () => {
    for (const reason of ['', 'broken', 'DAMAGED']) {
      expect(errorsOf(requestReturnSchema.safeParse({ ...base, reason }))).toEqual({ reason: 'Choose why you are returning this order' })
    }
    expect(errorsOf(requestReturnSchema.safeParse({ ...base, reason: undefined }))).toEqual({ reason: 'Choose why you are returning this order' })
  })

  it('needs a few words of detail for "other", and keeps details optional otherwise', () => {
    expect(errorsOf(requestReturnSchema.safeParse({ ...base, reason: 'other', details: '  too short ' }))).toEqual({
      details: 'Tell the seller what is wrong (at least 10 characters)',
    })
    expect(requestReturnSchema.safeParse({ ...base, reason: 'other', details: 'The colour is nothing like the photo' }).success).toBe(true)
    expect(requestReturnSchema.parse({ ...base, reason: 'size_fit', details: undefined }).details).toBe('')
  })

  it('limits the details length on its own field', () => {
    expect(errorsOf(requestReturnSchema.safeParse({ ...base, details: 'x'.repeat(1001) }))).toEqual({ details: 'Keep the details under 1,000 characters' })
    expect(requestReturnSchema.safeParse({ ...base, details: 'x'.repeat(1000) }).success).toBe(true)
  })

  it('accepts four photos up to 5 MB and names the file that breaks a rule', () => {
    const four = Array.from({ length: MAX_RETURN_PHOTOS }, (_, i) => photo(`p${i}.jpg`, 10))
    expect(requestReturnSchema.parse({ ...base, photos: four }).photos).toHaveLength(4)
    expect(requestReturnSchema.safeParse({ ...base, photos: [photo('edge.jpg', RETURN_PHOTO_MAX_BYTES)] }).success).toBe(true)
    expect(errorsOf(requestReturnSchema.safeParse({ ...base, photos: [photo('big.jpg', RETURN_PHOTO_MAX_BYTES + 1)] }))).toEqual({
      photos: 'big.jpg is 5.1 MB; photos can be up to 5 MB.',
    })
    expect(errorsOf(requestReturnSchema.safeParse({ ...base, photos: [...four, photo('fifth.jpg', 10)] }))).toEqual({ photos: 'Add up to 4 photos; remove 1.' })
    expect(errorsOf(requestReturnSchema.safeParse({ ...base, photos: [photo('blank.jpg', 0)] }))).toEqual({ photos: 'blank.jpg is empty. Choose another.' })
    expect(errorsOf(requestReturnSchema.safeParse({ ...base, photos: ['not-a-file'] as never }))).toEqual({ 'photos.0': 'Choose a photo file' })
  })

  it('refuses an order id that is not a uuid', () => {
    expect(errorsOf(requestReturnSchema.safeParse({ ...base, orderId: '42' }))).toEqual({
      orderId: 'This order link is not valid. Open the order from Your orders.',
    })
  })
})

describe('cancel order schema', () => {
  it('needs one of the listed reasons', () => {
    expect(cancelOrderSchema.parse({ orderId: ORDER, reason: 'mistake' })).toEqual({ orderId: ORDER, reason: 'mistake' })
    expect(errorsOf(cancelOrderSchema.safeParse({ orderId: ORDER, reason: '' }))).toEqual({ reason: 'Choose why you are cancelling' })
  })
})

describe('return eligibility', () => {
  const deliveredAt = new Date('2025-03-01T10:00:00Z')
  const at = (iso: string) => new Date(iso)

  it('is open until exactly the window after delivery, then closed', () => {
    const closesAt = at('2025-03-08T10:00:00Z')
    expect(returnEligibility({ status: 'delivered', deliveredAt, returnWindowDays: 7, now: at('2025-03-02T00:00:00Z') })).toEqual({ state: 'open', closesAt })
    expect(returnEligibility({ status: 'delivered', deliveredAt, returnWindowDays: 7, now: closesAt })).toEqual({ state: 'open', closesAt })
    expect(returnEligibility({ status: 'delivered', deliveredAt, returnWindowDays: 7, now: at('2025-03-08T10:00:00.001Z') })).toEqual({
      state: 'closed',
      closedAt: closesAt,
    })
  })

  it('offers nothing before delivery, after a request, or when the store takes no returns', () => {
    const now = at('2025-03-02T00:00:00Z')
    expect(returnEligibility({ status: 'shipped', deliveredAt: null, returnWindowDays: 7, now })).toEqual({ state: 'none' })
    expect(returnEligibility({ status: 'return_requested', deliveredAt, returnWindowDays: 7, now })).toEqual({ state: 'none' })
    expect(returnEligibility({ status: 'delivered', deliveredAt, returnWindowDays: 0, now })).toEqual({ state: 'none' })
  })
})
