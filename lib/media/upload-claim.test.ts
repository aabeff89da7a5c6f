import { describe, expect, it } from 'vitest'
import { signUploadClaim, verifyUploadClaim } from './upload-claim'

const subject = { storeId: 's1', productId: 'p1', key: 'products/p1/v.mp4' }
const later = new Date(Date.now() + 60_000)

describe('upload claims', () => {
  it('holds for the product and key it was signed for, until it expires', () => {
    const claim = signUploadClaim('secret', subject, later)
    expect(verifyUploadClaim('secret', subject, claim)).toBe(true)
    expect(verifyUploadClaim('secret', subject, claim, later.getTime() + 1)).toBe(false)
  })

  it('does not hold for another product, store or key, another secret, or an edited claim', () => {
    const claim = signUploadClaim('secret', subject, later)
    expect(verifyUploadClaim('secret', { ...subject, productId: 'p2' }, claim)).toBe(false)
    expect(verifyUploadClaim('secret', { ...subject, storeId: 's2' }, claim)).toBe(false)
    expect(verifyUploadClaim('secret', { ...subject, key: 'products/p1/other.mp4' }, claim)).toBe(false)
    expect(verifyUploadClaim('other', subject, claim)).toBe(false)
    const [expires, mac] = claim.split('.')
    expect(verifyUploadClaim('secret', subject, `${Number(expires) + 1000}.${mac}`)).toBe(false)
    expect(verifyUploadClaim('secret', subject, 'garbage')).toBe(false)
  })
})
