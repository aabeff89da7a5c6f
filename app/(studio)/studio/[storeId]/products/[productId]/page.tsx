import { OctagonAlertIcon } from 'lucide-react'
import type { Metadata } from 'next'
import Link from 'next/link'
import { FormAlert } from '@/components/forms/form-alert'
import { PageHeader } from '@/components/layout/page-header'
import { ProductBadges } from '@/components/studio/product-badges'
import { ProductEditor } from '@/components/studio/product-editor'
import { ProductRowActions } from '@/components/studio/product-row-actions'
import { Alert, AlertDescription, AlertTitle } from '@/components/ui/alert'
import { getCategoryOptions, getProductEditor, getStudioContext } from '@/lib/dal/studio'

export const metadata: Metadata = { title: 'Edit product · Seller studio', robots: { index: false } }

export default async function EditProductPage({ params, searchParams }: PageProps<'/studio/[storeId]/products/[productId]'>) {
  const { storeId, productId } = await params
  const [{ readOnly }, editor, categories, query] = await Promise.all([getStudioContext(storeId), getProductEditor(storeId, productId), getCategoryOptions(), searchParams])
  const { product } = editor

  return (
    <>
      <PageHeader
        eyebrow={<Link href={`/studio/${storeId}/products`} className="hover:underline">← Products</Link>}
        title={product.title}
        description={<ProductBadges visibility={product.visibility} status={product.status} />}
        actions={<ProductRowActions storeId={storeId} product={product} showEdit={false} readOnly={readOnly} />}
      />
      <div className="grid gap-6">
        {query.created === '1' ? <FormAlert tone="success" message="Product saved. Add photos below, then make it public when it is ready." /> : null}
        {product.status === 'suspended' ? (
          <Alert variant="destructive">
            <OctagonAlertIcon aria-hidden="true" />
            <AlertTitle>Suspended by Haat</AlertTitle>
            <AlertDescription>
              {product.statusReason ?? 'It breaks a marketplace rule.'} Shoppers cannot see it. Fix the problem, save, and contact support to have it reviewed.
            </AlertDescription>
          </Alert>
        ) : null}
        {product.status === 'archived' ? (
          <Alert>
            <AlertTitle>Archived</AlertTitle>
            <AlertDescription>Hidden from shoppers and lives. Restore it from the actions menu to sell it again.</AlertDescription>
          </Alert>
        ) : null}
        <ProductEditor storeId={storeId} productId={product.id} values={editor.values} media={editor.media} categories={categories} readOnly={readOnly} />
      </div>
    </>
  )
}
