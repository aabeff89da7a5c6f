import { describe, expect, it } from 'vitest'
import { addToCartSchema, removeCartLineSchema, updateCartLineSchema } from './cart'

const productId = '11111111-1111-4111-8111-111111111111'

describe('cart schemas', () => {
  it('fills in one item, no variant and no show for a plain add', () => {
    expect(addToCartSchema.parse({ productId })).toEqual({ productId, variantId: null, quantity: 1, showId: null })
  })

  it('refuses nonsense quantities and ids with field messages', () => {
    const result = updateCartLineSchema.safeParse({ productId: 'x', variantId: null, quantity: 0 })
    expect(result.success).toBe(false)
    const messages = Object.fromEntries(result.error!.issues.map((i) => [i.path.join('.'), i.message]))
    expect(messages).toEqual({ productId: 'Choose a product', quantity: 'Choose at least 1' })
    expect(addToCartSchema.safeParse({ productId, quantity: 2.5 }).error?.issues[0]?.message).toBe('Choose a whole number')
  })

  it('needs the variant named explicitly (null for none) to remove a line', () => {
    expect(removeCartLineSchema.safeParse({ productId }).success).toBe(false)
    expect(removeCartLineSchema.parse({ productId, variantId: null })).toEqual({ productId, variantId: null })
  })
})
