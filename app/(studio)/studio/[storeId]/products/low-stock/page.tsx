import { CircleCheckIcon, ImageIcon } from 'lucide-react'
import type { Metadata } from 'next'
import Image from 'next/image'
import Link from 'next/link'
import { EmptyState } from '@/components/layout/empty-state'
import { PageHeader } from '@/components/layout/page-header'
import { Badge } from '@/components/ui/badge'
import { getLowStockPage } from '@/lib/dal/studio'

export const metadata: Metadata = { title: 'Low stock · Seller studio', robots: { index: false } }

export default async function LowStockPage({ params }: PageProps<'/studio/[storeId]/products/low-stock'>) {
  const { storeId } = await params
  const items = await getLowStockPage(storeId)
  return (
    <>
      <PageHeader title="Low stock" description="Products and variants at or below their low-stock alert. Restock them, or change the alert level on the product." />
      {items.length === 0 ? (
        <EmptyState icon={CircleCheckIcon} title="Nothing is running low" description="Everything is above its low-stock alert. Set the alert level on each product’s page." />
      ) : (
        <div className="overflow-hidden rounded-xl border bg-card">
          <table className="w-full text-sm">
            <caption className="sr-only">Low-stock products and variants, lowest stock first</caption>
            <thead className="border-b bg-muted/50 text-left text-xs font-medium text-muted-foreground">
              <tr>
                <th scope="col" className="py-2 pl-3">Product</th>
                <th scope="col" className="py-2 pl-3 text-right">Stock</th>
                <th scope="col" className="hidden py-2 pr-3 pl-3 text-right sm:table-cell">Alert at</th>
              </tr>
            </thead>
            <tbody className="divide-y">
              {items.map((item) => (
                <tr key={item.variantId ?? item.productId}>
                  <td className="py-3 pl-3">
                    <div className="flex gap-3">
                      <div className="relative size-10 shrink-0 overflow-hidden rounded-md border bg-muted">
                        {item.imageUrl ? <Image src={item.imageUrl} alt="" fill sizes="40px" className="object-cover" /> : <ImageIcon aria-hidden="true" className="absolute inset-0 m-auto size-4 text-muted-foreground" />}
                      </div>
                      <div className="grid min-w-0 gap-0.5">
                        <Link href={`/studio/${storeId}/products/${item.productId}`} className="font-medium break-words hover:underline">
                          {item.title}
                          {item.variantTitle ? <span className="font-normal text-muted-foreground"> — {item.variantTitle}</span> : null}
                        </Link>
                        <span className="text-xs text-muted-foreground">{item.sku ?? 'No SKU'}</span>
                      </div>
                    </div>
                  </td>
                  <td className="py-3 pl-3 text-right tabular-nums">
                    {item.stock === 0 ? <Badge variant="destructive">Out of stock</Badge> : <span className="font-semibold text-destructive">{item.stock}</span>}
                  </td>
                  <td className="hidden py-3 pr-3 pl-3 text-right text-muted-foreground tabular-nums sm:table-cell">{item.threshold}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  )
}
