import { EyeOffIcon, MessageSquareTextIcon, PackageCheckIcon } from 'lucide-react'
import type { Metadata } from 'next'
import Link from 'next/link'
import { Pagination } from '@/components/catalog/pagination'
import { EmptyState } from '@/components/layout/empty-state'
import { PageHeader } from '@/components/layout/page-header'
import { AwaitingReviewList } from '@/components/review/awaiting-review-list'
import { ReviewCard } from '@/components/review/review-card'
import { Badge } from '@/components/ui/badge'
import { Button } from '@/components/ui/button'
import { getAccountReviews } from '@/lib/dal/review-pages'
import { parsePageParam } from '@/lib/validations/review'

export const metadata: Metadata = { title: 'Your reviews', robots: { index: false, follow: false } }

export default async function AccountReviewsPage({ searchParams }: PageProps<'/account/reviews'>) {
  const page = parsePageParam(await searchParams)
  const { awaiting, written } = await getAccountReviews(page)

  return (
    <div className="mx-auto grid w-full max-w-4xl gap-10 px-4 pt-8 pb-16 sm:px-6">
      <PageHeader
        eyebrow={<Link href="/account" className="hover:underline">← Your account</Link>}
        title="Your reviews"
        description="Rate what you bought once it is delivered. Your reviews help other buyers, and sellers can reply."
        className="pb-0"
      />
      {page === 1 ? (
        <section aria-labelledby="awaiting-heading" className="grid gap-4">
          <h2 id="awaiting-heading" className="text-xl font-semibold tracking-tight">
            Waiting for your review{awaiting.total > 0 ? <span className="ml-2 text-base font-normal text-muted-foreground">({awaiting.total})</span> : null}
          </h2>
          {awaiting.total === 0 ? (
            <EmptyState
              icon={PackageCheckIcon}
              titleAs="h3"
              title="Nothing to review right now"
              description="Items appear here once they are delivered to you."
            />
          ) : (
            <>
              <AwaitingReviewList lines={awaiting.rows} />
              {awaiting.total > awaiting.rows.length ? (
                <p className="text-sm text-muted-foreground">
                  Showing the {awaiting.rows.length} most recently delivered of {awaiting.total}. Review these and the rest will follow.
                </p>
              ) : null}
            </>
          )}
        </section>
      ) : null}
      <section aria-labelledby="written-heading" className="grid gap-4">
        <h2 id="written-heading" className="text-xl font-semibold tracking-tight">
          Reviews you wrote{written.total > 0 ? <span className="ml-2 text-base font-normal text-muted-foreground">({written.total})</span> : null}
        </h2>
        {written.rows.length === 0 ? (
          <EmptyState
            icon={MessageSquareTextIcon}
            titleAs="h3"
            title={page > 1 ? 'Nothing more here' : 'You have not written a review yet'}
            description={page > 1 ? undefined : 'When you review a delivered item it appears here, with any reply from the seller.'}
            action={
              page > 1 ? (
                <Button asChild variant="outline">
                  <Link href="/account/reviews">Back to the first page</Link>
                </Button>
              ) : undefined
            }
          />
        ) : (
          <ol className="grid gap-4">
            {written.rows.map((review) => (
              <li key={review.id} className="rounded-xl border bg-card p-4">
                <ReviewCard
                  review={review}
                  sellerName={review.storeName}
                  header={
                    <div className="flex flex-wrap items-center justify-between gap-2">
                      <Link href={`/p/${review.productSlug}`} className="font-medium text-primary-ink underline-offset-4 hover:underline">
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
                      <p className="text-sm text-muted-foreground">
                        This review broke our review guidelines, so only you can see it. It does not count towards the product&apos;s rating.
                      </p>
                    ) : null
                  }
                />
              </li>
            ))}
          </ol>
        )}
        <Pagination page={page} totalPages={written.pageCount} href={(p) => (p > 1 ? `/account/reviews?page=${p}` : '/account/reviews')} />
      </section>
    </div>
  )
}
