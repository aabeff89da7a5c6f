'use client'

import { useFormContext, useWatch } from 'react-hook-form'
import { FormField } from '@/components/ui/form-field'
import { Input } from '@/components/ui/input'
import type { ProductFormValues } from '@/lib/validations/product'
import { FormSection } from './form-section'

export function ProductFormPricing() {
  const form = useFormContext<ProductFormValues>()
  const { errors } = form.formState
  const variants = useWatch({ control: form.control, name: 'variants' }) ?? []
  const hasVariants = variants.length > 0
  const total = variants.reduce((sum, v) => sum + (Number.parseInt(String(v.stock), 10) || 0), 0)

  return (
    <FormSection title="Price and stock" description="Prices in rupees; shoppers see the compare-at price struck through.">
      <div className="grid gap-4 sm:grid-cols-2">
        <FormField
          label={hasVariants ? 'Default price (₹)' : 'Price (₹)'}
          description={hasVariants ? 'New variants start at this price. Shoppers see the lowest variant price.' : undefined}
          error={errors.price?.message}
          required
        >
          <Input inputMode="decimal" autoComplete="off" placeholder="499" {...form.register('price')} />
        </FormField>
        <FormField label="Compare-at price (₹)" description="Optional: the MRP or earlier price, above the price." error={errors.compareAt?.message}>
          <Input inputMode="decimal" autoComplete="off" {...form.register('compareAt')} />
        </FormField>
      </div>
      <div className="grid gap-4 sm:grid-cols-3">
        <FormField label="SKU" description="Your own code; unique in your store." error={errors.sku?.message}>
          <Input autoCapitalize="characters" spellCheck={false} {...form.register('sku')} />
        </FormField>
        {hasVariants ? (
          <div className="grid content-start gap-2">
            <p className="text-sm font-medium">Stock</p>
            <p className="flex h-10 items-center text-sm tabular-nums" aria-live="polite">
              {total} in all variants
            </p>
          </div>
        ) : (
          <FormField label="Stock" error={errors.stock?.message} required>
            <Input inputMode="numeric" autoComplete="off" {...form.register('stock')} />
          </FormField>
        )}
        <FormField label="Low-stock alert at" description="Listed under Low stock at or below this." error={errors.lowStockThreshold?.message}>
          <Input inputMode="numeric" autoComplete="off" {...form.register('lowStockThreshold')} />
        </FormField>
      </div>
    </FormSection>
  )
}
