'use client'

import { useRouter } from 'next/navigation'
import { useEffect } from 'react'
import { FormProvider } from 'react-hook-form'
import { toast } from '@/components/ui/toast'
import { FormAlert } from '@/components/forms/form-alert'
import { useActionForm } from '@/components/forms/use-action-form'
import { Button } from '@/components/ui/button'
import type { CategoryOption, StudioMedia } from '@/lib/dal/studio'
import { productSchema, type ProductFormValues } from '@/lib/validations/product'
import { saveProductAction } from './product-actions'
import { ProductFormDetails } from './product-form-details'
import { ProductFormPricing } from './product-form-pricing'
import { ProductFormShipping, ProductFormVisibility } from './product-form-shipping'
import { ProductFormVariants } from './product-form-variants'
import { mediaName } from './product-media-item'

type Props = {
  defaultValues: ProductFormValues
  categories: CategoryOption[]
  /** The product's photos, for variant images; empty while creating. */
  media: StudioMedia[]
  readOnly: boolean
}

export function ProductForm({ defaultValues, categories, media, readOnly }: Props) {
  const router = useRouter()
  const creating = !defaultValues.productId
  const { form, onSubmit, formError, pending, ready } = useActionForm<ProductFormValues, { productId: string; slug: string; created: boolean }>({
    schema: productSchema,
    action: saveProductAction,
    defaultValues,
    onSuccess: (data) => {
      if (data.created) {
        router.push(`/studio/${defaultValues.storeId}/products/${data.productId}?created=1`)
        return
      }
      toast.success('Changes saved')
      router.refresh()
    },
  })

  // A deleted photo can no longer be a variant's photo.
  useEffect(() => {
    const ids = new Set(media.map((m) => m.id))
    form.getValues('variants')?.forEach((v, i) => {
      if (v.mediaId && !ids.has(v.mediaId)) form.setValue(`variants.${i}.mediaId`, '')
    })
  }, [media, form])

  const choices = media.flatMap((m, i) => (m.kind === 'image' ? [{ id: m.id, label: `${mediaName(m, i)}${m.alt ? `: ${m.alt}` : ''}` }] : []))

  return (
    <FormProvider {...form}>
      <form onSubmit={onSubmit} noValidate className="grid gap-6" aria-label={creating ? 'New product' : 'Edit product'}>
        <FormAlert message={formError} />
        <ProductFormDetails categories={categories} creating={creating} />
        <ProductFormPricing />
        <ProductFormVariants media={choices} />
        <ProductFormShipping />
        <ProductFormVisibility />
        {readOnly ? null : (
          <div className="sticky bottom-0 z-20 -mx-4 flex flex-col-reverse gap-2 border-t bg-background/95 px-4 py-3 backdrop-blur sm:mx-0 sm:flex-row sm:items-center sm:justify-between sm:rounded-xl sm:border">
            <p className="text-sm text-muted-foreground">{creating ? 'You can add photos after saving.' : 'Photos save as you add them.'}</p>
            <Button type="submit" size="lg" disabled={pending || !ready}>
              {pending ? 'Saving…' : creating ? 'Save product' : 'Save changes'}
            </Button>
          </div>
        )}
      </form>
    </FormProvider>
  )
}
