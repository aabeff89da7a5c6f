import { ClockIcon, PackageIcon, StoreIcon } from 'lucide-react'
import type { Metadata } from 'next'
import Link from 'next/link'
import { FormAlert } from '@/components/forms/form-alert'
import { EmptyState } from '@/components/layout/empty-state'
import { PageHeader } from '@/components/layout/page-header'
import { StoreStatusBadge } from '@/components/studio/store-status-badge'
import { Alert, AlertDescription, AlertTitle } from '@/components/ui/alert'
import { Button } from '@/components/ui/button'
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card'
import { getDb } from '@/db'
import { listStoresForMember } from '@/db/queries/stores'
import { requireUser } from '@/lib/auth'

export const metadata: Metadata = { title: 'Seller studio', robots: { index: false } }

export default async function StudioPage({ searchParams }: PageProps<'/studio'>) {
  const user = await requireUser('/studio')
  const [stores, params] = await Promise.all([listStoresForMember(getDb(), user.id), searchParams])

  return (
    <div className="mx-auto w-full max-w-5xl px-4 py-8 sm:px-6">
      <PageHeader
        title="Seller studio"
        description="Run your stores and your live shows."
        actions={
          stores.length > 0 ? (
            <Button asChild variant="outline">
              <Link href="/studio/open">Open another store</Link>
            </Button>
          ) : null
        }
      />
      {params.opened === '1' ? (
        <div className="mt-6">
          <FormAlert tone="success" message="Your store is submitted. We'll email you when an admin has reviewed it." />
        </div>
      ) : null}
      {stores.length === 0 ? (
        <EmptyState
          className="mt-8"
          icon={StoreIcon}
          title="You don't have a store yet"
          description="Open a store to list products, run live shows and get paid. Anyone can sell on Haat — it takes two minutes."
          action={
            <Button asChild size="lg">
              <Link href="/studio/open">Open a store</Link>
            </Button>
          }
        />
      ) : (
        <ul className="mt-8 grid gap-4">
          {stores.map((store) => (
            <li key={store.id}>
              <Card>
                <CardHeader>
                  <div className="flex flex-wrap items-center justify-between gap-2">
                    <CardTitle className="text-lg">
                      <h2>{store.name}</h2>
                    </CardTitle>
                    <StoreStatusBadge status={store.status} />
                  </div>
                  <CardDescription>haat.in/s/{store.slug} · {store.role === 'owner' ? 'Owner' : 'Moderator'}</CardDescription>
                </CardHeader>
                <CardContent>
                  {store.status === 'pending' ? (
                    <Alert>
                      <ClockIcon aria-hidden="true" />
                      <AlertTitle>Waiting for approval</AlertTitle>
                      <AlertDescription>
                        An admin reviews new stores, usually within one working day. You&apos;ll get an email when it&apos;s done; your products become public once the store is approved.
                      </AlertDescription>
                    </Alert>
                  ) : store.status === 'approved' ? (
                    <p className="text-sm text-muted-foreground">Your store is live on Haat.</p>
                  ) : (
                    <Alert variant="destructive">
                      <AlertTitle>This store is {store.status}</AlertTitle>
                      <AlertDescription>{store.statusReason ?? 'Contact support to find out why and what to do next.'}</AlertDescription>
                    </Alert>
                  )}
                  {store.role === 'owner' ? (
                    <div className="mt-4 flex flex-wrap gap-2">
                      <Button asChild>
                        <Link href={`/studio/${store.id}/products`}>
                          <PackageIcon aria-hidden="true" /> Products
                        </Link>
                      </Button>
                      <Button asChild variant="outline">
                        <Link href={`/studio/${store.id}/products/new`}>Add product</Link>
                      </Button>
                    </div>
                  ) : null}
                </CardContent>
              </Card>
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
