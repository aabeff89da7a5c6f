import type { Metadata } from 'next'
import { HeartIcon, MapPinIcon, PackageIcon, StarIcon } from 'lucide-react'
import Link from 'next/link'
import { Suspense } from 'react'
import { RecentlyViewedRail } from '@/components/home/recently-viewed-rail'
import { PageHeader } from '@/components/layout/page-header'
import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui/card'
import { requireUser } from '@/lib/auth'
import { formatIndianPhone } from '@/lib/utils'

export const metadata: Metadata = { title: 'Your account', robots: { index: false } }

export default async function AccountPage() {
  const user = await requireUser('/account')
  return (
    <div className="flex flex-col gap-10 pb-12">
      <div className="mx-auto w-full max-w-3xl px-4 pt-8 sm:px-6">
        <PageHeader title="Your account" description={`Signed in as ${user.email ?? formatIndianPhone(user.phone ?? '')}`} />
        <Card className="mt-8">
          <CardHeader>
            <CardTitle>
              <h2>Profile</h2>
            </CardTitle>
          </CardHeader>
          <CardContent>
            <dl className="grid gap-3 text-sm sm:grid-cols-[10rem_1fr]">
              <dt className="text-muted-foreground">Name</dt>
              <dd>{user.name ?? '—'}</dd>
              <dt className="text-muted-foreground">Email</dt>
              <dd>{user.email ?? 'Not added'}</dd>
              <dt className="text-muted-foreground">Mobile</dt>
              <dd>{user.phone ? formatIndianPhone(user.phone) : 'Not added'}</dd>
              <dt className="text-muted-foreground">Selling</dt>
              <dd>
                {user.storeCount > 0 ? (
                  <Link href="/studio" className="font-medium text-primary-ink underline-offset-4 hover:underline">
                    {user.storeCount === 1 ? '1 store' : `${user.storeCount} stores`} — open the studio
                  </Link>
                ) : (
                  <Link href="/studio/open" className="font-medium text-primary-ink underline-offset-4 hover:underline">
                    Open a store
                  </Link>
                )}
              </dd>
            </dl>
          </CardContent>
        </Card>
        <Link
          href="/account/orders"
          className="mt-4 flex items-center gap-3 rounded-xl border border-primary/40 bg-card p-4 text-base font-semibold outline-none hover:bg-accent focus-visible:ring-2 focus-visible:ring-ring"
        >
          <PackageIcon aria-hidden="true" className="size-5 text-primary-ink" />
          Your orders
          <span className="ml-auto hidden text-sm font-normal text-muted-foreground sm:inline">Track, cancel or return</span>
        </Link>
        <Link
          href="/wishlist"
          className="mt-3 flex items-center gap-3 rounded-xl border bg-card p-4 text-sm font-medium outline-none hover:bg-accent focus-visible:ring-2 focus-visible:ring-ring"
        >
          <HeartIcon aria-hidden="true" className="size-5 text-live" />
          Your wishlist
        </Link>
        <Link
          href="/account/addresses"
          className="mt-3 flex items-center gap-3 rounded-xl border bg-card p-4 text-sm font-medium outline-none hover:bg-accent focus-visible:ring-2 focus-visible:ring-ring"
        >
          <MapPinIcon aria-hidden="true" className="size-5 text-primary-ink" />
          Your addresses
        </Link>
        <Link
          href="/account/reviews"
          className="mt-3 flex items-center gap-3 rounded-xl border bg-card p-4 text-sm font-medium outline-none hover:bg-accent focus-visible:ring-2 focus-visible:ring-ring"
        >
          <StarIcon aria-hidden="true" className="size-5 text-primary-ink" />
          Your reviews
        </Link>
      </div>
      <Suspense fallback={null}>
        <RecentlyViewedRail />
      </Suspense>
    </div>
  )
}
