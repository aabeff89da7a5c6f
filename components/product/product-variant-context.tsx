'use client'

import { createContext, use, useCallback, useMemo, useState } from 'react'
import { findVariant, initialVariant, selectOptionValue } from '@/lib/catalog/variants'

export type PurchaseVariant = {
  id: string
  optionValues: string[]
  title: string
  sku: string | null
  pricePaise: number
  compareAtPaise: number | null
  stock: number
  mediaId: string | null
}

export type PurchaseProduct = {
  id: string
  pricePaise: number
  compareAtPaise: number | null
  stock: number
  lowStockThreshold: number
  options: { name: string; values: string[] }[]
  variants: PurchaseVariant[]
}

type Offer = { pricePaise: number; compareAtPaise: number | null; stock: number }

type VariantContextValue = {
  product: PurchaseProduct
  variant: PurchaseVariant | null
  selection: string[]
  /** Price and stock of the chosen variant, or of the product when it has none. */
  offer: Offer
  choose: (optionIndex: number, value: string) => void
}

const VariantContext = createContext<VariantContextValue | null>(null)

export function useProductVariant(): VariantContextValue {
  const value = use(VariantContext)
  if (!value) throw new Error('useProductVariant must be used inside <ProductVariantProvider>')
  return value
}

/**
 * Owns the chosen variant on the product page. The choice is mirrored into `?variant=<id>` with
 * history.replaceState (no server round trip), so a copied link opens the same variant.
 */
export function ProductVariantProvider({
  product,
  initialVariantId,
  children,
}: {
  product: PurchaseProduct
  initialVariantId: string | null
  children: React.ReactNode
}) {
  const [variantId, setVariantId] = useState(() => initialVariant(product.variants, initialVariantId)?.id ?? null)
  const variant = product.variants.find((v) => v.id === variantId) ?? null
  const selection = useMemo(() => variant?.optionValues ?? [], [variant])

  const choose = useCallback(
    (optionIndex: number, value: string) => {
      const next = findVariant(product.variants, selectOptionValue(product.options, product.variants, selection, optionIndex, value))
      if (!next) return
      setVariantId(next.id)
      const url = new URL(window.location.href)
      url.searchParams.set('variant', next.id)
      window.history.replaceState(window.history.state, '', url)
    },
    [product.options, product.variants, selection],
  )

  const offer: Offer = variant
    ? { pricePaise: variant.pricePaise, compareAtPaise: variant.compareAtPaise, stock: variant.stock }
    : { pricePaise: product.pricePaise, compareAtPaise: product.compareAtPaise, stock: product.stock }

  return <VariantContext value={{ product, variant, selection, offer, choose }}>{children}</VariantContext>
}
