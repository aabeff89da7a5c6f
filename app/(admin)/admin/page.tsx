import { StoreIcon } from 'lucide-react'
import type { Metadata } from 'next'
import Link from 'next/link'
import { StoreReview } from '@/components/admin/store-review'
import { EmptyState } from '@/components/layout/empty-state'
import { PageHeader } from '@/components/layout/page-header'
import { Button } from '@/components/ui/button'
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card'
import { getDb } from '@/db'
import { getPlatformCounts } from '@/db/queries/admin'
import { listStoresByStatus } from '@/db/queries/stores'
import { requireAdmin } from '@/lib/auth'

export const metadata: Metadata = { title: 'Admin console', robots: { index: false } }

const dateFormat = new Intl.DateTimeFormat('en-IN', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Asia/Kolkata' })

export default async function AdminPage() {
  await requireAdmin('/admin')
  const db = getDb()
  const [counts, pending] = await Promise.all([getPlatformCounts(db), listStoresByStatus(db, 'pending')])
  const stats = [
    { label: 'Accounts', value: counts.users },
    { label: 'Approved stores', value: counts.approvedStores },
    { label: 'Awaiting approval', value: counts.pendingStores },
    { label: 'Public products', value: counts.publicProducts },
  ]
  return (
    <div className="mx-auto w-full max-w-6xl px-4 py-8 sm:px-6">
      <PageHeader
        title="Admin console"
        description="Keep the marketplace honest: approve sellers and watch the numbers."
        actions={
          <>
            <Button asChild variant="outline">
              <Link href="/admin/products">Moderate products</Link>
            </Button>
            <Button asChild variant="outline">
              <Link href="/admin/reports">Reported reviews</Link>
            </Button>
            <Button asChild variant="outline">
              <Link href="/admin/coupons">Platform coupons</Link>
            </Button>
          </>
        }
      />
      <dl className="mt-8 grid grid-cols-2 gap-4 lg:grid-cols-4">
        {stats.map((s) => (
          <Card key={s.label} className="gap-1 py-4">
            <CardContent>
              <dt className="text-sm text-muted-foreground">{s.label}</dt>
              <dd className="text-2xl font-semibold tabular-nums">{s.value.toLocaleString('en-IN')}</dd>
            </CardContent>
          </Card>
        ))}
      </dl>
      <section aria-labelledby="pending-heading" className="mt-10">
        <h2 id="pending-heading" className="mb-4 text-xl font-semibold tracking-tight">
          Stores awaiting approval
        </h2>
        {pending.length === 0 ? (
          <EmptyState icon={StoreIcon} title="No stores to review" description="New stores appear here as sellers submit them." />
        ) : (
          <ul className="grid gap-4">
            {pending.map((store) => (
              <li key={store.id}>
                <Card>
                  <CardHeader>
                    <CardTitle className="text-lg">
                      <h3>{store.name}</h3>
                    </CardTitle>
                    <CardDescription>
                      {store.ownerName} · {store.ownerEmail ?? store.ownerPhone} · {store.pickupCity}, {store.pickupState} · submitted{' '}
                      {dateFormat.format(store.createdAt)}
                      {store.gstin ? ` · GSTIN ${store.gstin}` : ''}
                    </CardDescription>
                  </CardHeader>
                  <CardContent className="grid gap-4">
                    <p className="text-sm">{store.description}</p>
                    <StoreReview storeId={store.id} storeName={store.name} />
                  </CardContent>
                </Card>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  )
}
