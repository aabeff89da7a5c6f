import type { Metadata } from 'next'
import { PageHeader } from '@/components/layout/page-header'
import { OpenStoreForm } from '@/components/studio/open-store-form'
import { requireUser } from '@/lib/auth'

export const metadata: Metadata = { title: 'Open a store', robots: { index: false } }

export default async function OpenStorePage() {
  const user = await requireUser('/studio/open')
  return (
    <div className="mx-auto w-full max-w-3xl px-4 py-8 sm:px-6">
      <PageHeader
        title="Open a store"
        description="Tell buyers who you are and where couriers should pick up your orders. You can change all of this later."
      />
      <div className="mt-8">
        <OpenStoreForm defaultContactName={user.name ?? ''} />
      </div>
    </div>
  )
}
