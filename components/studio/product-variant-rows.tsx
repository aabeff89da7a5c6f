'use client'

import { useFormContext } from 'react-hook-form'
import { NativeSelect } from '@/components/forms/native-select'
import { FormField } from '@/components/ui/form-field'
import { Input } from '@/components/ui/input'
import { variantTitle } from '@/lib/domain/product-variants'
import type { ProductFormValues } from '@/lib/validations/product'

export type MediaChoice = { id: string; label: string }

/** One fieldset per combination, named by it ("S / Red"), so each input is announced with its variant. */
export function VariantRows({ fields, media }: { fields: { id: string; optionValues: string[] }[]; media: MediaChoice[] }) {
  const form = useFormContext<ProductFormValues>()
  const errors = form.formState.errors.variants
  return (
    <div className="grid gap-3">
      <h3 className="text-sm font-semibold">
        {fields.length} {fields.length === 1 ? 'variant' : 'variants'}
      </h3>
      {fields.map((field, i) => {
        const e = errors?.[i]
        const title = variantTitle(field.optionValues)
        return (
          <fieldset key={field.id} className="min-w-0 rounded-lg border bg-background p-3">
            <legend className="float-left mb-2 w-full text-sm font-semibold">{title}</legend>
            <div className="clear-both grid grid-cols-2 gap-3 md:grid-cols-5">
              <FormField label="Price (₹)" error={e?.price?.message}>
                <Input inputMode="decimal" autoComplete="off" {...form.register(`variants.${i}.price`)} />
              </FormField>
              <FormField label="Compare-at (₹)" error={e?.compareAt?.message}>
                <Input inputMode="decimal" autoComplete="off" {...form.register(`variants.${i}.compareAt`)} />
              </FormField>
              <FormField label="Stock" error={e?.stock?.message}>
                <Input inputMode="numeric" autoComplete="off" {...form.register(`variants.${i}.stock`)} />
              </FormField>
              <FormField label="SKU" error={e?.sku?.message}>
                <Input autoCapitalize="characters" spellCheck={false} {...form.register(`variants.${i}.sku`)} />
              </FormField>
              <FormField label="Photo" error={e?.mediaId?.message ?? e?.optionValues?.message} className="col-span-2 md:col-span-1">
                <NativeSelect disabled={media.length === 0} {...form.register(`variants.${i}.mediaId`)}>
                  <option value="">{media.length === 0 ? 'Main photo (add photos first)' : 'Main photo'}</option>
                  {media.map((m) => (
                    <option key={m.id} value={m.id}>
                      {m.label}
                    </option>
                  ))}
                </NativeSelect>
              </FormField>
            </div>
          </fieldset>
        )
      })}
    </div>
  )
}
