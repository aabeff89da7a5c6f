import { ImageIcon } from 'lucide-react'
import type { Metadata } from 'next'
import Link from 'next/link'
import { PageHeader } from '@/components/layout/page-header'
import { ProductForm } from '@/components/studio/product-form'
import { getCategoryOptions, getStudioContext, newProductValues } from '@/lib/dal/studio'

export const metadata: Metadata = { title: 'Add product · Seller studio', robots: { index: false } }

export default async function NewProductPage({ params }: PageProps<'/studio/[storeId]/products/new'>) {
  const { storeId } = await params
  const [{ readOnly }, categories] = await Promise.all([getStudioContext(storeId), getCategoryOptions()])
  return (
    <>
      <PageHeader
        eyebrow={<Link href={`/studio/${storeId}/products`} className="hover:underline">← Products</Link>}
        title="Add product"
        description="Save it as a draft while you work; make it public when it is ready."
      />
      <div className="grid gap-6">
        <section aria-label="Photos and videos" className="flex items-center gap-3 rounded-xl border border-dashed bg-card/50 p-4 text-sm text-muted-foreground">
          <ImageIcon aria-hidden="true" className="size-5 shrink-0" />
          Photos and videos come next: save the product, then add them on its page.
        </section>
        <ProductForm defaultValues={newProductValues(storeId)} categories={categories} media={[]} readOnly={readOnly} />
      </div>
    </>
  )
}
