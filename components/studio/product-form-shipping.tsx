'use client'

import { Controller, useFormContext } from 'react-hook-form'
import { Checkbox } from '@/components/ui/checkbox'
import { FormField } from '@/components/ui/form-field'
import { Input } from '@/components/ui/input'
import type { ProductFormValues } from '@/lib/validations/product'
import { FormSection } from './form-section'

export function ProductFormShipping() {
  const form = useFormContext<ProductFormValues>()
  const { errors } = form.formState
  return (
    <FormSection title="Shipping" description="The packed parcel: couriers charge by weight or size, whichever is more.">
      <div className="grid grid-cols-2 gap-4 sm:grid-cols-4">
        <FormField label="Weight (g)" error={errors.weightGrams?.message} required>
          <Input inputMode="numeric" {...form.register('weightGrams')} />
        </FormField>
        <FormField label="Length (cm)" error={errors.lengthCm?.message} required>
          <Input inputMode="numeric" {...form.register('lengthCm')} />
        </FormField>
        <FormField label="Breadth (cm)" error={errors.breadthCm?.message} required>
          <Input inputMode="numeric" {...form.register('breadthCm')} />
        </FormField>
        <FormField label="Height (cm)" error={errors.heightCm?.message} required>
          <Input inputMode="numeric" {...form.register('heightCm')} />
        </FormField>
      </div>
    </FormSection>
  )
}

const VISIBILITY = [
  { value: 'draft', label: 'Draft', description: 'Only you see it while you finish it.' },
  { value: 'private', label: 'Private', description: 'Ready but hidden from shoppers and search.' },
  { value: 'public', label: 'Public', description: 'Shown on Haat once your store is approved.' },
] as const

export function ProductFormVisibility() {
  const form = useFormContext<ProductFormValues>()
  const { errors } = form.formState
  return (
    <FormSection title="Visibility">
      <div className="grid gap-2 sm:grid-cols-3">
        {VISIBILITY.map((v) => (
          <label key={v.value} className="flex cursor-pointer gap-3 rounded-lg border p-3 has-[:checked]:border-primary-ink has-[:checked]:bg-accent has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-ring">
            <input type="radio" value={v.value} className="mt-1 accent-[var(--primary-ink)]" {...form.register('visibility')} />
            <span className="grid gap-0.5">
              <span className="text-sm font-medium">{v.label}</span>
              <span className="text-xs text-muted-foreground">{v.description}</span>
            </span>
          </label>
        ))}
      </div>
      {errors.visibility?.message ? <p className="text-[13px] font-medium text-destructive" role="alert">{errors.visibility.message}</p> : null}
      <Controller
        control={form.control}
        name="availableInLives"
        render={({ field }) => (
          <FormField label="Available in live shows" description="Spotlight it, run flash sales and auctions with it in your lives." orientation="horizontal">
            <Checkbox checked={field.value === true} onCheckedChange={(on) => field.onChange(on === true)} onBlur={field.onBlur} />
          </FormField>
        )}
      />
    </FormSection>
  )
}
