import { ImageIcon, PackageXIcon } from 'lucide-react'
import type { Metadata } from 'next'
import Image from 'next/image'
import Link from 'next/link'
import { EmptyState } from '@/components/layout/empty-state'
import { PageHeader } from '@/components/layout/page-header'
import { reviewDate } from '@/components/review/review-card'
import { ReviewForm } from '@/components/review/review-form'
import { Button } from '@/components/ui/button'
import { getReviewFormLine } from '@/lib/dal/review-pages'

export const metadata: Metadata = { title: 'Write a review', robots: { index: false, follow: false } }

export default async function NewReviewPage({ searchParams }: PageProps<'/account/reviews/new'>) {
  const { item } = await searchParams
  const result = await getReviewFormLine(typeof item === 'string' ? item : undefined)
  const back = <Link href="/account/reviews" className="hover:underline">← Your reviews</Link>

  if (result.state === 'not_reviewable') {
    return (
      <div className="mx-auto w-full max-w-2xl px-4 pt-8 pb-16 sm:px-6">
        <PageHeader eyebrow={back} title="Write a review" />
        <EmptyState
          icon={PackageXIcon}
          title="This item can’t be reviewed"
          description="You can review items from your own orders once they have been delivered. Pick one from Your reviews."
          action={
            <Button asChild>
              <Link href="/account/reviews">See items waiting for a review</Link>
            </Button>
          }
        />
      </div>
    )
  }

  const { line } = result
  return (
    <div className="mx-auto w-full max-w-2xl px-4 pt-8 pb-16 sm:px-6">
      <PageHeader eyebrow={back} title={result.state === 'reviewed' ? 'Already reviewed' : 'Write a review'} />
      <div className="mb-6 flex items-center gap-3 rounded-xl border bg-card p-3">
        <div className="relative size-16 shrink-0 overflow-hidden rounded-md border bg-muted">
          {line.imageUrl ? (
            <Image src={line.imageUrl} alt="" fill sizes="64px" className="object-cover" />
          ) : (
            <ImageIcon aria-hidden="true" className="absolute inset-0 m-auto size-5 text-muted-foreground" />
          )}
        </div>
        <div className="grid min-w-0 gap-0.5">
          <p className="font-medium break-words">{line.title}</p>
          <p className="text-sm text-muted-foreground">
            {line.variantTitle ? `${line.variantTitle} · ` : ''}
            {line.storeName} · Order {line.orderNumber}
            {line.deliveredAt ? ` · Delivered ${reviewDate.format(new Date(line.deliveredAt))}` : ''}
          </p>
        </div>
      </div>
      {result.state === 'reviewed' ? (
        <EmptyState
          title="You have already reviewed this item"
          description="Each item you receive can be reviewed once. Your review and any reply from the seller are under Your reviews."
          action={
            <Button asChild>
              <Link href="/account/reviews">Go to Your reviews</Link>
            </Button>
          }
        />
      ) : (
        <ReviewForm orderItemId={line.orderItemId} productTitle={line.title} />
      )}
    </div>
  )
}
