'use client'

import { PlusIcon, Trash2Icon } from 'lucide-react'
import { useRef } from 'react'
import { Controller, useFieldArray, useFormContext } from 'react-hook-form'
import { Button } from '@/components/ui/button'
import { FormField } from '@/components/ui/form-field'
import { Input } from '@/components/ui/input'
import { MAX_OPTIONS, MAX_VARIANTS, combinationCount, regenerateVariants } from '@/lib/domain/product-variants'
import type { ProductFormValues, VariantFormValues } from '@/lib/validations/product'
import { ChipInput } from './chip-input'
import { FormSection } from './form-section'
import { VariantRows, type MediaChoice } from './product-variant-rows'

type OptionState = { id: string; values: string[] }

/**
 * Up to three options; their values make every combination a variant. Options are matched by
 * their field id (not their name), so renaming an option keeps every variant's data, and
 * removing a value keeps the data of the combinations that remain.
 */
export function ProductFormVariants({ media }: { media: MediaChoice[] }) {
  const form = useFormContext<ProductFormValues>()
  const options = useFieldArray({ control: form.control, name: 'options' })
  const variants = useFieldArray({ control: form.control, name: 'variants' })
  const generatedFrom = useRef<OptionState[]>(options.fields.map((f) => ({ id: f.id, values: f.values ?? [] })))
  const { errors } = form.formState

  const regenerate = (next: OptionState[]) => {
    const usable = (list: OptionState[]) => list.filter((o) => o.values.length > 0).map((o) => ({ name: o.id, values: o.values }))
    const nextOptions = usable(next)
    if (combinationCount(nextOptions) > MAX_VARIANTS) return false
    const current = (form.getValues('variants') ?? []) as VariantFormValues[]
    const rebuilt = regenerateVariants(usable(generatedFrom.current), nextOptions, current, (optionValues, from) => ({
      optionValues,
      sku: '',
      price: from?.price ?? form.getValues('price') ?? '',
      compareAt: from?.compareAt ?? form.getValues('compareAt') ?? '',
      stock: '0',
      mediaId: from?.mediaId ?? '',
    }))
    variants.replace(rebuilt)
    generatedFrom.current = next
    return true
  }

  const currentOptions = (): OptionState[] => options.fields.map((f, i) => ({ id: f.id, values: form.getValues(`options.${i}.values`) ?? [] }))

  const setValues = (index: number, values: string[]) => {
    const next = currentOptions().map((o, i) => (i === index ? { ...o, values } : o))
    if (!regenerate(next)) {
      form.setError(`options.${index}.values`, { message: `That would make more than ${MAX_VARIANTS} variants` })
      return
    }
    form.setValue(`options.${index}.values`, values, { shouldDirty: true, shouldValidate: true })
  }

  const removeOption = (index: number) => {
    regenerate(currentOptions().filter((_, i) => i !== index))
    options.remove(index)
  }

  const variantsError = errors.variants?.message ?? errors.variants?.root?.message ?? errors.options?.message ?? errors.options?.root?.message

  return (
    <FormSection title="Variants" description="Sizes, colours and the like. Each combination gets its own price, stock, SKU and photo.">
      {options.fields.map((field, index) => (
        <fieldset key={field.id} className="grid gap-3 rounded-lg border p-3 sm:grid-cols-[minmax(0,12rem)_minmax(0,1fr)_auto] sm:items-start">
          <legend className="sr-only">Option {index + 1}</legend>
          <FormField label="Option name" error={errors.options?.[index]?.name?.message}>
            <Input placeholder={index === 0 ? 'Size' : index === 1 ? 'Colour' : 'Material'} {...form.register(`options.${index}.name`)} />
          </FormField>
          <Controller
            control={form.control}
            name={`options.${index}.values`}
            render={({ field: valuesField, fieldState }) => (
              <FormField label="Values" description="Press Enter after each value." error={fieldState.error?.message ?? errors.options?.[index]?.values?.root?.message}>
                <ChipInput values={valuesField.value ?? []} onChange={(values) => setValues(index, values)} onBlur={valuesField.onBlur} itemLabel="value" max={20} placeholder={index === 0 ? 'S, M, L' : 'Red, Blue'} />
              </FormField>
            )}
          />
          <Button type="button" variant="ghost" className="sm:mt-7" onClick={() => removeOption(index)}>
            <Trash2Icon aria-hidden="true" />
            Remove option
          </Button>
        </fieldset>
      ))}
      {options.fields.length < MAX_OPTIONS ? (
        <Button type="button" variant="outline" className="justify-self-start" onClick={() => options.append({ name: '', values: [] })}>
          <PlusIcon aria-hidden="true" />
          {options.fields.length === 0 ? 'Add options like size or colour' : 'Add another option'}
        </Button>
      ) : null}
      {variantsError ? (
        <p role="alert" className="text-[13px] font-medium text-destructive">
          {variantsError}
        </p>
      ) : null}
      {variants.fields.length > 0 ? <VariantRows fields={variants.fields} media={media} /> : null}
    </FormSection>
  )
}
