import { EyeOffIcon, MessageSquareTextIcon } from 'lucide-react'
import type { Metadata } from 'next'
import Link from 'next/link'
import { Pagination } from '@/components/catalog/pagination'
import { EmptyState } from '@/components/layout/empty-state'
import { PageHeader } from '@/components/layout/page-header'
import { ReplyForm } from '@/components/review/reply-form'
import { ReviewCard } from '@/components/review/review-card'
import { Badge } from '@/components/ui/badge'
import { getStudioReviews } from '@/lib/dal/review-pages'
import { cn } from '@/lib/utils'
import { parseStudioReviewParams, type StudioReviewFilter, type StudioReviewParams } from '@/lib/validations/review'

export const metadata: Metadata = { title: 'Reviews · Seller studio', robots: { index: false } }

const FILTERS: { value: StudioReviewFilter; label: string }[] = [
  { value: 'all', label: 'All reviews' },
  { value: 'unanswered', label: 'Needs a reply' },
  { value: 'hidden', label: 'Hidden by Haat' },
]

const chip = (active: boolean) =>
  cn(
    'inline-flex h-8 items-center gap-1 rounded-full border px-3 text-sm font-medium whitespace-nowrap outline-none focus-visible:ring-2 focus-visible:ring-ring',
    active ? 'border-foreground bg-foreground text-background' : 'border-input bg-card hover:bg-accent',
  )

export default async function StudioReviewsPage({ params, searchParams }: PageProps<'/studio/[storeId]/reviews'>) {
  const { storeId } = await params
  const state = parseStudioReviewParams(await searchParams)
  const { rows, total, unanswered, pageCount, readOnly } = await getStudioReviews(storeId, state)
  const href = (change: Partial<StudioReviewParams>) => {
    const next = { ...state, page: 1, ...change }
    const query = new URLSearchParams()
    if (next.filter !== 'all') query.set('filter', next.filter)
    if (next.rating) query.set('rating', String(next.rating))
    if (next.page > 1) query.set('page', String(next.page))
    const qs = query.toString()
    return `/studio/${storeId}/reviews${qs ? `?${qs}` : ''}`
  }

  return (
    <>
      <PageHeader
        title="Reviews"
        description="What buyers say about your products. A short, polite reply shows under the review on the product page for everyone to read."
      />
      <div className="mb-6 grid gap-3">
        <nav aria-label="Filter reviews" className="-mx-4 overflow-x-auto px-4 sm:mx-0 sm:px-0">
          <ul className="flex gap-2">
            {FILTERS.map((f) => (
              <li key={f.value}>
                <Link href={href({ filter: f.value })} aria-current={state.filter === f.value ? 'page' : undefined} className={chip(state.filter === f.value)}>
                  {f.label}
                  {f.value === 'unanswered' && unanswered > 0 ? <span className="tabular-nums">({unanswered})</span> : null}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <nav aria-label="Filter by rating" className="-mx-4 overflow-x-auto px-4 sm:mx-0 sm:px-0">
          <ul className="flex gap-2">
            <li>
              <Link href={href({ rating: null })} aria-current={state.rating === null ? 'page' : undefined} className={chip(state.rating === null)}>
                Any rating
              </Link>
            </li>
            {[5, 4, 3, 2, 1].map((n) => (
              <li key={n}>
                <Link href={href({ rating: n })} aria-current={state.rating === n ? 'page' : undefined} className={chip(state.rating === n)}>
                  {n} ★<span className="sr-only"> {n === 1 ? 'star' : 'stars'}</span>
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </div>
      {rows.length === 0 ? (
        <EmptyState
          icon={MessageSquareTextIcon}
          title={state.filter === 'unanswered' && !state.rating ? 'Every review has a reply' : 'No reviews here'}
          description={
            state.filter === 'all' && !state.rating
              ? 'Buyers can review a product once it is delivered to them. Their reviews appear here.'
              : 'Try another filter.'
          }
        />
      ) : (
        <>
          <p className="mb-3 text-sm text-muted-foreground">{total === 1 ? '1 review' : `${total.toLocaleString('en-IN')} reviews`}</p>
          <ol className="grid gap-4">
            {rows.map((review) => (
              <li key={review.id} className="rounded-xl border bg-card p-4">
                <ReviewCard
                  review={review}
                  hideReply
                  header={
                    <div className="flex flex-wrap items-center justify-between gap-2">
                      <Link href={`/studio/${storeId}/products/${review.productId}`} className="font-medium text-primary-ink underline-offset-4 hover:underline">
                        {review.productTitle}
                      </Link>
                      {review.status === 'hidden' ? (
                        <Badge variant="secondary">
                          <EyeOffIcon aria-hidden="true" /> Hidden by Haat
                        </Badge>
                      ) : null}
                    </div>
                  }
                  footer={
                    review.status === 'hidden' ? (
                      <p className="text-sm text-muted-foreground">Haat hid this review for breaking the review guidelines. It is not on your product page and does not count in your rating.</p>
                    ) : (
                      <ReplyForm storeId={storeId} reviewId={review.id} author={review.author} reply={review.sellerReply} readOnly={readOnly} />
                    )
                  }
                />
              </li>
            ))}
          </ol>
        </>
      )}
      <Pagination page={state.page} totalPages={pageCount} href={(page) => href({ page, filter: state.filter, rating: state.rating })} />
    </>
  )
}
