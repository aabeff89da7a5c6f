import type { Metadata } from 'next'
import Link from 'next/link'
import { PageHeader } from '@/components/layout/page-header'
import { ShowForm } from '@/components/studio/shows/show-form'
import { getCategoryOptions, getStudioContext } from '@/lib/dal/studio'
import { newShowFormValues } from '@/lib/validations/show'

export const metadata: Metadata = { title: 'Schedule a show · Seller studio', robots: { index: false } }

export default async function NewShowPage({ params }: PageProps<'/studio/[storeId]/shows/new'>) {
  const { storeId } = await params
  const [{ readOnly }, categories] = await Promise.all([getStudioContext(storeId), getCategoryOptions()])
  return (
    <>
      <PageHeader
        eyebrow={
          <Link href={`/studio/${storeId}/shows`} className="hover:underline">
            ← Shows
          </Link>
        }
        title="Schedule a show"
        description="Pick a time, tell buyers what to expect, and line up the products you will present."
      />
      <ShowForm storeId={storeId} defaultValues={newShowFormValues(storeId)} categories={categories} readOnly={readOnly} />
    </>
  )
}
