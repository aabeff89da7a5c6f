'use client'

import { AlertTriangleIcon, FileSpreadsheetIcon, InboxIcon, LayoutGridIcon, MessageSquareTextIcon, PackageIcon, PlusIcon, RadioIcon, TicketPercentIcon } from 'lucide-react'
import Link from 'next/link'
import { usePathname, useRouter } from 'next/navigation'
import { useEffect, useRef } from 'react'
import { NativeSelect } from '@/components/forms/native-select'
import { cn } from '@/lib/utils'

type Props = {
  storeId: string
  storeName: string
  stores: { id: string; name: string }[]
  lowStockCount: number
}

/** A sidebar on wide screens, a scrolling row of links on phones; the store switcher keeps the section. */
export function StudioNav({ storeId, storeName, stores, lowStockCount }: Props) {
  const pathname = usePathname()
  const router = useRouter()
  const list = useRef<HTMLUListElement>(null)
  // On phones the links scroll sideways: bring the current one into view without moving the page.
  useEffect(() => {
    const current = list.current?.querySelector<HTMLElement>('[aria-current="page"]')
    if (list.current && current) list.current.scrollLeft = current.offsetLeft - 16
  }, [pathname])
  const base = `/studio/${storeId}`
  const links = [
    { href: `${base}/products`, label: 'Products', icon: PackageIcon, exact: false },
    { href: `${base}/products/new`, label: 'Add product', icon: PlusIcon, exact: true },
    { href: `${base}/products/low-stock`, label: 'Low stock', icon: AlertTriangleIcon, exact: true, count: lowStockCount },
    { href: `${base}/products/import`, label: 'Import & export', icon: FileSpreadsheetIcon, exact: true },
    { href: `${base}/orders`, label: 'Orders', icon: InboxIcon, exact: false },
    { href: `${base}/shows`, label: 'Shows', icon: RadioIcon, exact: false },
    { href: `${base}/reviews`, label: 'Reviews', icon: MessageSquareTextIcon, exact: false },
    { href: `${base}/coupons`, label: 'Coupons', icon: TicketPercentIcon, exact: false },
  ]
  const special = links.filter((l) => l.exact).map((l) => l.href)
  const isActive = (l: (typeof links)[number]) =>
    l.exact ? pathname === l.href : pathname.startsWith(l.href) && !special.some((s) => pathname.startsWith(s))

  const switchStore = (nextId: string) => {
    // Product ids belong to one store: from a product page, go to the other store's list.
    const section = pathname.slice(base.length)
    const keep = ['/products/low-stock', '/products/import', '/products/new', '/reviews', '/orders', '/shows'].find((s) => section.startsWith(s)) ?? '/products'
    router.push(`/studio/${nextId}${keep}`)
  }

  return (
    <nav aria-label="Studio" className="mb-6 grid gap-4 lg:sticky lg:top-24 lg:mb-0 lg:self-start">
      <div className="grid gap-1">
        <Link href="/studio" className="flex items-center gap-1.5 text-sm text-muted-foreground hover:text-foreground">
          <LayoutGridIcon aria-hidden="true" className="size-4" /> All stores
        </Link>
        {stores.length > 1 ? (
          <label className="grid gap-1 text-sm font-medium">
            <span className="sr-only">Store</span>
            <NativeSelect value={storeId} onChange={(e) => switchStore(e.target.value)} aria-label="Switch store">
              {stores.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            </NativeSelect>
          </label>
        ) : (
          <p className="truncate font-semibold">{storeName}</p>
        )}
      </div>
      <ul ref={list} className="relative -mx-4 flex gap-2 overflow-x-auto px-4 pb-1 lg:mx-0 lg:grid lg:gap-1 lg:overflow-visible lg:px-0">
        {links.map((l) => {
          const active = isActive(l)
          return (
            <li key={l.href} className="shrink-0">
              <Link
                href={l.href}
                aria-current={active ? 'page' : undefined}
                className={cn(
                  'relative flex h-9 items-center gap-2 rounded-full border px-3 text-sm font-medium whitespace-nowrap transition-colors lg:h-10 lg:rounded-lg lg:border-transparent',
                  active ? 'border-primary-ink/30 bg-accent text-foreground' : 'text-muted-foreground hover:bg-accent hover:text-foreground',
                )}
              >
                <l.icon aria-hidden="true" className="size-4" />
                {l.label}
                {l.count ? (
                  <span className="ml-auto rounded-full bg-destructive px-1.5 py-0.5 text-[11px] leading-none font-bold text-destructive-foreground tabular-nums">
                    {l.count > 99 ? '99+' : l.count}
                    <span className="sr-only">{l.count === 1 ? ' item' : ' items'}</span>
                  </span>
                ) : null}
              </Link>
            </li>
          )
        })}
      </ul>
    </nav>
  )
}
