import { FlagIcon, MessageSquareTextIcon } from 'lucide-react'
import Link from 'next/link'
import { Suspense } from 'react'
import { Skeleton } from '@/components/ui/skeleton'
import { getCurrentUser } from '@/lib/auth'
import { getProductReviews, getRatingSummary } from '@/lib/dal/review-pages'
import { cn } from '@/lib/utils'
import { parseProductReviewParams, REVIEW_SORT_LABELS, REVIEW_SORTS, REVIEWS_STEP } from '@/lib/validations/review'
import { RatingSummary } from './rating-summary'
import { ReviewCard } from './review-card'
import { reviewsHref } from './review-links'

type Props = {
  productId: string
  slug: string
  sellerName: string
  searchParams: Record<string, string | string[] | undefined>
}

const whole = new Intl.NumberFormat('en-IN')

/**
 * The product page's reviews, rendered on the server: sorting, the star filter and "Show more" are
 * links that keep their state in the URL, so this section adds no JavaScript to the page.
 */
export function ProductReviews(props: Props) {
  return (
    <section id="reviews" aria-labelledby="reviews-heading" className="scroll-mt-24">
      <h2 id="reviews-heading" className="mb-4 text-xl font-semibold tracking-tight">
        Ratings and reviews
      </h2>
      <Suspense fallback={<ReviewsSkeleton />}>
        <ReviewsBody {...props} />
      </Suspense>
    </section>
  )
}

async function ReviewsBody({ productId, slug, sellerName, searchParams }: Props) {
  const params = parseProductReviewParams(searchParams)
  const [summary, reviews, user] = await Promise.all([getRatingSummary(productId), getProductReviews(productId, params), getCurrentUser()])
  const href = (change: Parameters<typeof reviewsHref>[3]) => reviewsHref(slug, searchParams, params, change)

  if (summary.total === 0) {
    return (
      <div className="flex flex-col items-start gap-2 rounded-xl border border-dashed p-6 text-sm">
        <MessageSquareTextIcon aria-hidden="true" className="size-6 text-muted-foreground" />
        <p className="font-medium">No reviews yet.</p>
        <p className="text-muted-foreground">
          Bought this? Once it is delivered you can rate it from{' '}
          <Link href="/account/reviews" className="font-medium text-primary-ink underline-offset-4 hover:underline">
            Your reviews
          </Link>
          .
        </p>
      </div>
    )
  }

  const matching = params.stars ? (summary.counts[params.stars - 1] ?? 0) : summary.total
  const shown = Math.min(reviews.length, matching)
  return (
    <div className="grid gap-8 lg:grid-cols-[18rem_minmax(0,1fr)] lg:gap-12">
      <div className="grid content-start gap-4">
        <RatingSummary summary={summary} activeStars={params.stars} hrefForStars={(stars) => href({ stars, shown: REVIEWS_STEP })} />
        <p className="text-sm text-muted-foreground">
          Only buyers who received this item can review it.{' '}
          <Link href="/account/reviews" className="font-medium text-primary-ink underline-offset-4 hover:underline">
            Review your purchases
          </Link>
        </p>
      </div>
      <div className="grid content-start gap-4">
        <nav aria-label="Sort reviews" className="flex flex-wrap items-center gap-2 text-sm">
          <span aria-hidden="true" className="text-muted-foreground">
            Sort by
          </span>
          {REVIEW_SORTS.map((sort) => (
            <Link
              key={sort}
              href={href({ sort, shown: REVIEWS_STEP })}
              scroll={false}
              rel="nofollow"
              aria-current={sort === params.sort ? 'true' : undefined}
              className={cn(
                'inline-flex h-8 items-center rounded-full border px-3 font-medium outline-none focus-visible:ring-2 focus-visible:ring-ring focus-visible:ring-offset-2 focus-visible:ring-offset-background',
                sort === params.sort ? 'border-foreground bg-foreground text-background' : 'border-input bg-card hover:bg-accent',
              )}
            >
              {REVIEW_SORT_LABELS[sort]}
            </Link>
          ))}
        </nav>
        <p role="status" className="text-sm text-muted-foreground">
          {`Showing ${whole.format(shown)} of ${whole.format(matching)} ${params.stars ? `${params.stars}-star ` : ''}${matching === 1 ? 'review' : 'reviews'}`}
          {params.stars ? (
            <>
              {' · '}
              <Link href={href({ stars: null, shown: REVIEWS_STEP })} scroll={false} rel="nofollow" className="font-medium text-primary-ink underline-offset-4 hover:underline">
                Show all ratings
              </Link>
            </>
          ) : null}
        </p>
        <ol className="grid gap-6">
          {reviews.map((review) => (
            <li key={review.id} className="border-b pb-6 last:border-b-0">
              <ReviewCard
                review={review}
                sellerName={sellerName}
                footer={
                  user && user.id !== review.authorId ? (
                    <Link
                      href={`/account/reviews/report/${review.id}`}
                      prefetch={false}
                      rel="nofollow"
                      className="inline-flex w-fit items-center gap-1 text-xs text-muted-foreground underline-offset-4 hover:text-foreground hover:underline"
                    >
                      <FlagIcon aria-hidden="true" className="size-3" /> Report<span className="sr-only"> this review by {review.author}</span>
                    </Link>
                  ) : null
                }
              />
            </li>
          ))}
        </ol>
        {shown < matching ? (
          <Link
            href={href({ shown: params.shown + REVIEWS_STEP })}
            scroll={false}
            rel="nofollow"
            className="inline-flex h-10 w-fit items-center rounded-lg border bg-card px-4 text-sm font-medium outline-none hover:bg-accent focus-visible:ring-2 focus-visible:ring-ring"
          >
            Show more reviews
          </Link>
        ) : null}
      </div>
    </div>
  )
}

function ReviewsSkeleton() {
  return (
    <div className="grid gap-8 lg:grid-cols-[18rem_minmax(0,1fr)] lg:gap-12" aria-hidden="true">
      <Skeleton className="h-48 w-full" />
      <div className="grid gap-4">
        <Skeleton className="h-24 w-full" />
        <Skeleton className="h-24 w-full" />
      </div>
    </div>
  )
}
