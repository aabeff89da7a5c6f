'use client'

import { useState } from 'react'
import type { CategoryOption, StudioMedia } from '@/lib/dal/studio'
import type { ProductFormValues } from '@/lib/validations/product'
import { ProductForm } from './product-form'
import { ProductMediaManager } from './product-media-manager'

/** The edit page's two parts share the photo list: uploads show up in the variants' photo choices at once. */
export function ProductEditor(props: { storeId: string; productId: string; values: ProductFormValues; media: StudioMedia[]; categories: CategoryOption[]; readOnly: boolean }) {
  const [media, setMedia] = useState(props.media)
  return (
    <div className="grid gap-6">
      <ProductMediaManager storeId={props.storeId} productId={props.productId} media={media} onMediaChange={setMedia} readOnly={props.readOnly} />
      <ProductForm defaultValues={props.values} categories={props.categories} media={media} readOnly={props.readOnly} />
    </div>
  )
}
