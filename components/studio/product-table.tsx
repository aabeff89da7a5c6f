'use client'

import { ImageIcon } from 'lucide-react'
import Image from 'next/image'
import Link from 'next/link'
import { useEffect, useRef, useState } from 'react'
import type { StudioProductRow } from '@/lib/dal/studio'
import { formatINR } from '@/lib/utils'
import { BulkEditBar } from './bulk-edit-bar'
import { ProductBadges } from './product-badges'
import { ProductRowActions } from './product-row-actions'

const dateFormat = new Intl.DateTimeFormat('en-IN', { day: 'numeric', month: 'short', timeZone: 'Asia/Kolkata' })

function priceLabel(row: StudioProductRow) {
  const range = row.variantPriceRange
  if (range && range[0] !== range[1]) return `${formatINR(range[0])} – ${formatINR(range[1])}`
  return formatINR(row.pricePaise)
}

function stockLabel(row: StudioProductRow) {
  return row.variantCount > 0 ? `${row.stock} in ${row.variantCount} variants` : `${row.stock} in stock`
}

export function ProductTable({ storeId, rows, readOnly }: { storeId: string; rows: StudioProductRow[]; readOnly: boolean }) {
  const [selected, setSelected] = useState<Set<string>>(new Set())
  const allSelected = rows.length > 0 && rows.every((r) => selected.has(r.id))
  const someSelected = rows.some((r) => selected.has(r.id))
  const toggle = (id: string, on: boolean) =>
    setSelected((prev) => {
      const next = new Set(prev)
      if (on) next.add(id)
      else next.delete(id)
      return next
    })

  return (
    <>
      <div className="overflow-hidden rounded-xl border bg-card">
        <table className="w-full text-sm">
          <caption className="sr-only">Products{readOnly ? '' : ', with checkboxes to select several for a bulk edit'}</caption>
          <thead className="border-b bg-muted/50 text-left text-xs font-medium text-muted-foreground">
            <tr>
              {readOnly ? null : (
                <th scope="col" className="w-10 py-2 pl-3">
                  <RowCheckbox
                    label="Select all products on this page"
                    checked={allSelected}
                    indeterminate={someSelected && !allSelected}
                    onChange={(on) => setSelected(on ? new Set(rows.map((r) => r.id)) : new Set())}
                  />
                </th>
              )}
              <th scope="col" className="py-2 pl-3">Product</th>
              <th scope="col" className="hidden py-2 pl-3 text-right sm:table-cell">Price</th>
              <th scope="col" className="hidden py-2 pl-3 text-right md:table-cell">Stock</th>
              <th scope="col" className="hidden py-2 pl-3 lg:table-cell">Updated</th>
              <th scope="col" className="w-12 py-2 pr-2">
                <span className="sr-only">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody className="divide-y">
            {rows.map((row) => (
              <tr key={row.id} className="align-top hover:bg-muted/30" data-selected={selected.has(row.id) || undefined}>
                {readOnly ? null : (
                  <td className="py-3 pl-3">
                    <RowCheckbox label={`Select ${row.title}`} checked={selected.has(row.id)} onChange={(on) => toggle(row.id, on)} />
                  </td>
                )}
                <td className="py-3 pl-3">
                  <div className="flex min-w-0 gap-3">
                    <div className="relative size-12 shrink-0 overflow-hidden rounded-md border bg-muted">
                      {row.imageUrl ? (
                        <Image src={row.imageUrl} alt="" fill sizes="48px" className="object-cover" />
                      ) : (
                        <ImageIcon aria-hidden="true" className="absolute inset-0 m-auto size-5 text-muted-foreground" />
                      )}
                    </div>
                    <div className="grid min-w-0 gap-1">
                      <Link href={`/studio/${storeId}/products/${row.id}`} className="line-clamp-2 font-medium break-words hover:underline">
                        {row.title}
                      </Link>
                      <p className="truncate text-xs text-muted-foreground">
                        {[row.sku, row.categoryName].filter(Boolean).join(' · ') || 'No SKU'}
                      </p>
                      <p className="text-xs sm:hidden">
                        {priceLabel(row)} · {stockLabel(row)}
                      </p>
                      <ProductBadges visibility={row.visibility} status={row.status} stock={row.stock} lowStockItems={row.lowStockItems} variantCount={row.variantCount} />
                      {row.status === 'suspended' && row.statusReason ? <p className="text-xs text-destructive">Suspended: {row.statusReason}</p> : null}
                    </div>
                  </div>
                </td>
                <td className="hidden py-3 pl-3 text-right whitespace-nowrap tabular-nums sm:table-cell">
                  {priceLabel(row)}
                  {row.compareAtPaise ? <div className="text-xs text-muted-foreground line-through">{formatINR(row.compareAtPaise)}</div> : null}
                </td>
                <td className="hidden py-3 pl-3 text-right whitespace-nowrap tabular-nums md:table-cell">
                  <span className={row.stock <= row.lowStockThreshold ? 'font-semibold text-destructive' : undefined}>{row.stock}</span>
                  {row.variantCount > 0 ? <div className="text-xs text-muted-foreground">{row.variantCount} variants</div> : null}
                </td>
                <td className="hidden py-3 pl-3 whitespace-nowrap text-muted-foreground lg:table-cell">{dateFormat.format(new Date(row.updatedAt))}</td>
                <td className="py-2 pr-2 text-right">
                  <ProductRowActions storeId={storeId} product={row} showEdit readOnly={readOnly} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {selected.size > 0 ? <BulkEditBar storeId={storeId} productIds={[...selected]} onDone={() => setSelected(new Set())} /> : null}
    </>
  )
}

/** Native checkboxes: a page of rows stays light, and "some selected" shows as indeterminate. */
function RowCheckbox({ label, checked, indeterminate = false, onChange }: { label: string; checked: boolean; indeterminate?: boolean; onChange: (on: boolean) => void }) {
  const ref = useRef<HTMLInputElement>(null)
  useEffect(() => {
    if (ref.current) ref.current.indeterminate = indeterminate
  }, [indeterminate])
  return (
    <input
      ref={ref}
      type="checkbox"
      aria-label={label}
      checked={checked}
      onChange={(e) => onChange(e.target.checked)}
      className="mt-0.5 size-[18px] cursor-pointer accent-[var(--primary-ink)]"
    />
  )
}
