import { ImageIcon, PackageSearchIcon, SearchIcon } from 'lucide-react'
import type { Metadata } from 'next'
import Image from 'next/image'
import Link from 'next/link'
import { ProductModeration } from '@/components/admin/product-moderation'
import { NativeSelect } from '@/components/forms/native-select'
import { EmptyState } from '@/components/layout/empty-state'
import { PageHeader } from '@/components/layout/page-header'
import { ListPagination } from '@/components/studio/list-pagination'
import { ProductBadges } from '@/components/studio/product-badges'
import { Button } from '@/components/ui/button'
import { Input } from '@/components/ui/input'
import { getDb } from '@/db'
import { listAdminProducts } from '@/db/queries/admin-products'
import { requireAdmin } from '@/lib/auth'
import { formatINR } from '@/lib/utils'
import { adminProductListParamsSchema } from '@/lib/validations/product-operations'

export const metadata: Metadata = { title: 'Products · Admin console', robots: { index: false } }

const PAGE_SIZE = 30

export default async function AdminProductsPage({ searchParams }: PageProps<'/admin/products'>) {
  await requireAdmin('/admin/products')
  const raw = await searchParams
  const params = adminProductListParamsSchema.parse(Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v])))
  const { rows, total } = await listAdminProducts(getDb(), params, PAGE_SIZE)
  const kept = Object.fromEntries(Object.entries({ q: params.q, status: params.status }).filter(([, v]) => v && v !== 'all'))

  return (
    <div className="mx-auto w-full max-w-6xl px-4 py-8 sm:px-6">
      <PageHeader
        eyebrow={<Link href="/admin" className="hover:underline">← Admin console</Link>}
        title="Products"
        description="Find any product on Haat and suspend it when it breaks the rules. Suspended products leave the storefront at once; the seller sees your reason."
      />
      <form action="/admin/products" method="get" role="search" aria-label="Find products" className="mb-6 flex flex-wrap gap-2 rounded-xl border bg-card p-3">
        <label htmlFor="admin-q" className="sr-only">Search by title, SKU or store</label>
        <div className="relative min-w-48 flex-1">
          <SearchIcon aria-hidden="true" className="pointer-events-none absolute top-1/2 left-3 size-4 -translate-y-1/2 text-muted-foreground" />
          <Input id="admin-q" name="q" type="search" defaultValue={params.q} placeholder="Title, SKU or store" className="pl-9" />
        </div>
        <label htmlFor="admin-status" className="sr-only">Status</label>
        <div className="w-40">
          <NativeSelect id="admin-status" name="status" defaultValue={params.status}>
            <option value="all">Any status</option>
            <option value="active">Active</option>
            <option value="suspended">Suspended</option>
            <option value="archived">Archived</option>
          </NativeSelect>
        </div>
        <Button type="submit">Search</Button>
      </form>
      {rows.length === 0 ? (
        <EmptyState icon={PackageSearchIcon} title="No products found" description="Try a different title, SKU or store name." />
      ) : (
        <ul className="grid gap-3">
          {rows.map((p) => (
            <li key={p.id} className="flex flex-col gap-3 rounded-xl border bg-card p-3 sm:flex-row sm:items-start">
              <div className="flex min-w-0 flex-1 gap-3">
                <div className="relative size-14 shrink-0 overflow-hidden rounded-md border bg-muted">
                  {p.imageUrl ? <Image src={p.imageUrl} alt="" fill sizes="56px" className="object-cover" /> : <ImageIcon aria-hidden="true" className="absolute inset-0 m-auto size-5 text-muted-foreground" />}
                </div>
                <div className="grid min-w-0 gap-1">
                  <h2 className="font-medium break-words">{p.title}</h2>
                  <p className="text-sm text-muted-foreground">
                    {p.storeName} · {formatINR(p.pricePaise)}
                    {p.sku ? ` · ${p.sku}` : ''}
                  </p>
                  <ProductBadges visibility={p.visibility} status={p.status} />
                  {p.status === 'suspended' && p.statusReason ? <p className="text-sm text-destructive">Reason: {p.statusReason}</p> : null}
                </div>
              </div>
              <div className="flex shrink-0 flex-wrap items-start gap-2 sm:w-72 sm:justify-end">
                {p.status === 'active' && p.visibility === 'public' ? (
                  <Button asChild variant="ghost" size="sm">
                    <Link href={`/p/${p.slug}`}>View</Link>
                  </Button>
                ) : null}
                <ProductModeration productId={p.id} title={p.title} suspended={p.status === 'suspended'} />
              </div>
            </li>
          ))}
        </ul>
      )}
      <div className="mt-6">
        <ListPagination href="/admin/products" searchParams={kept} page={params.page} pageCount={Math.max(1, Math.ceil(total / PAGE_SIZE))} total={total} />
      </div>
    </div>
  )
}
