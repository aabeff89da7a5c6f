'use client'

import { Controller, useFormContext } from 'react-hook-form'
import { NativeSelect } from '@/components/forms/native-select'
import { FormField } from '@/components/ui/form-field'
import { Input } from '@/components/ui/input'
import { Textarea } from '@/components/ui/textarea'
import type { CategoryOption } from '@/lib/dal/studio'
import { slugify } from '@/lib/validations/common'
import type { ProductFormValues } from '@/lib/validations/product'
import { ChipInput } from './chip-input'
import { FormSection } from './form-section'

export function ProductFormDetails({ categories, creating }: { categories: CategoryOption[]; creating: boolean }) {
  const form = useFormContext<ProductFormValues>()
  const { errors } = form.formState
  const title = form.register('title', {
    onChange: (event: React.ChangeEvent<HTMLInputElement>) => {
      // New products get a web address from the title until the seller edits it themselves.
      if (creating && !form.getFieldState('slug').isDirty) form.setValue('slug', slugify(event.target.value))
    },
  })

  return (
    <FormSection title="Details" description="What shoppers read first.">
      <FormField label="Title" error={errors.title?.message} required>
        <Input autoComplete="off" maxLength={140} {...title} />
      </FormField>
      <FormField label="Web address" description="haat.in/p/your-address. Lowercase letters, numbers and hyphens." error={errors.slug?.message} required>
        <Input autoCapitalize="none" spellCheck={false} {...form.register('slug')} />
      </FormField>
      <FormField
        label="Description"
        description="A blank line starts a new paragraph. Start a line with “- ” for a bullet point. Use **bold** and *italic*."
        error={errors.description?.message}
      >
        <Textarea rows={8} className="min-h-40" {...form.register('description')} />
      </FormField>
      <div className="grid gap-4 sm:grid-cols-2">
        <FormField label="Category" description="Helps shoppers find it when browsing." error={errors.categoryId?.message}>
          <NativeSelect {...form.register('categoryId')}>
            <option value="">No category</option>
            {categories.map((c) => (
              <option key={c.id} value={c.id}>
                {c.label}
              </option>
            ))}
          </NativeSelect>
        </FormField>
        <Controller
          control={form.control}
          name="tags"
          render={({ field, fieldState }) => (
            <FormField label="Tags" description="Words shoppers might search for. Press Enter after each." error={fieldState.error?.message ?? errors.tags?.root?.message}>
              <ChipInput values={field.value ?? []} onChange={field.onChange} onBlur={field.onBlur} itemLabel="tag" max={20} maxLength={30} placeholder="silk, handloom" />
            </FormField>
          )}
        />
      </div>
    </FormSection>
  )
}
