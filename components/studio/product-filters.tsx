import { SearchIcon } from 'lucide-react'
import Link from 'next/link'
import { NativeSelect } from '@/components/forms/native-select'
import { Button } from '@/components/ui/button'
import { Input } from '@/components/ui/input'
import type { CategoryOption } from '@/lib/dal/studio'
import type { ProductListParams } from '@/lib/validations/product-operations'

const SORT_LABELS: Record<ProductListParams['sort'], string> = {
  updated: 'Recently updated',
  newest: 'Newest',
  oldest: 'Oldest',
  title: 'Title A–Z',
  price_asc: 'Price: low to high',
  price_desc: 'Price: high to low',
  stock_asc: 'Stock: low to high',
  stock_desc: 'Stock: high to low',
}

/** A plain GET form: the URL holds the whole list state, and it works before JavaScript loads. */
export function ProductFilters({ action, params, categories }: { action: string; params: ProductListParams; categories: CategoryOption[] }) {
  const filtered = params.q || params.visibility !== 'all' || params.status !== 'active' || params.stock !== 'all' || params.category
  return (
    <form action={action} method="get" role="search" aria-label="Filter products" className="grid gap-3 rounded-xl border bg-card p-3 sm:p-4">
      <div className="flex gap-2">
        <label htmlFor="product-q" className="sr-only">
          Search by title or SKU
        </label>
        <div className="relative flex-1">
          <SearchIcon aria-hidden="true" className="pointer-events-none absolute top-1/2 left-3 size-4 -translate-y-1/2 text-muted-foreground" />
          <Input id="product-q" name="q" type="search" defaultValue={params.q} placeholder="Search by title or SKU" className="pl-9" />
        </div>
        <Button type="submit">Search</Button>
      </div>
      <div className="grid grid-cols-2 gap-3 md:grid-cols-5">
        <Filter label="Visibility" name="visibility" value={params.visibility} options={[['all', 'Any visibility'], ['public', 'Public'], ['private', 'Private'], ['draft', 'Draft']]} />
        <Filter label="Status" name="status" value={params.status} options={[['active', 'Active'], ['archived', 'Archived'], ['suspended', 'Suspended'], ['all', 'Any status']]} />
        <Filter label="Stock" name="stock" value={params.stock} options={[['all', 'Any stock'], ['low', 'Low stock'], ['out', 'Out of stock']]} />
        <Filter label="Category" name="category" value={params.category} options={[['', 'All categories'], ...categories.map((c) => [c.id, c.label] as [string, string])]} />
        <Filter label="Sort" name="sort" value={params.sort} options={Object.entries(SORT_LABELS)} className="col-span-2 md:col-span-1" />
      </div>
      <div className="flex flex-wrap items-center justify-end gap-2">
        {filtered ? (
          <Button asChild variant="ghost" size="sm">
            <Link href={action}>Clear filters</Link>
          </Button>
        ) : null}
        <Button type="submit" variant="outline" size="sm">
          Apply filters
        </Button>
      </div>
    </form>
  )
}

function Filter({ label, name, value, options, className }: { label: string; name: string; value: string; options: [string, string][]; className?: string }) {
  const id = `filter-${name}`
  return (
    <div className={className}>
      <label htmlFor={id} className="mb-1 block text-xs font-medium text-muted-foreground">
        {label}
      </label>
      <NativeSelect id={id} name={name} defaultValue={value}>
        {options.map(([v, l]) => (
          <option key={v} value={v}>
            {l}
          </option>
        ))}
      </NativeSelect>
    </div>
  )
}
