import type { Metadata } from 'next'
import Link from 'next/link'
import { AddressBook } from '@/components/address/address-book'
import { PageHeader } from '@/components/layout/page-header'
import { getDb } from '@/db'
import { requireUser } from '@/lib/auth'
import { listAddresses } from '@/lib/dal/addresses'

export const metadata: Metadata = { title: 'Your addresses', robots: { index: false } }

export default async function AddressesPage() {
  const user = await requireUser('/account/addresses')
  const addresses = await listAddresses(getDb(), user.id)
  return (
    <div className="mx-auto w-full max-w-3xl px-4 pt-8 pb-12 sm:px-6">
      <PageHeader
        eyebrow={
          <Link href="/account" className="hover:underline">
            ← Your account
          </Link>
        }
        title="Your addresses"
        description="Where your orders go. Your default address is picked first at checkout."
      />
      <AddressBook addresses={addresses} defaults={{ name: user.name ?? '', phone: user.phone?.replace(/^\+91/, '') ?? '' }} />
    </div>
  )
}
