import { FlagOffIcon } from 'lucide-react'
import type { Metadata } from 'next'
import Link from 'next/link'
import { EmptyState } from '@/components/layout/empty-state'
import { PageHeader } from '@/components/layout/page-header'
import { ReportForm } from '@/components/review/report-form'
import { ReviewCard } from '@/components/review/review-card'
import { Button } from '@/components/ui/button'
import { getReviewToReport } from '@/lib/dal/review-pages'

export const metadata: Metadata = { title: 'Report a review', robots: { index: false, follow: false } }

export default async function ReportReviewPage({ params }: PageProps<'/account/reviews/report/[reviewId]'>) {
  const { reviewId } = await params
  const found = await getReviewToReport(reviewId)

  if (!found || found.own) {
    return (
      <div className="mx-auto w-full max-w-2xl px-4 pt-8 pb-16 sm:px-6">
        <PageHeader title="Report a review" />
        <EmptyState
          icon={FlagOffIcon}
          title={found ? 'This is your own review' : 'This review is no longer on Haat'}
          description={found ? 'You cannot report your own review.' : 'It may have been hidden already. Thank you for looking out for other buyers.'}
          action={
            <Button asChild variant="outline">
              <Link href={found ? '/account/reviews' : '/'}>{found ? 'Go to Your reviews' : 'Back to shopping'}</Link>
            </Button>
          }
        />
      </div>
    )
  }

  const productHref = `/p/${found.productSlug}#reviews`
  return (
    <div className="mx-auto w-full max-w-2xl px-4 pt-8 pb-16 sm:px-6">
      <PageHeader
        eyebrow={<Link href={productHref} className="hover:underline">← {found.productTitle}</Link>}
        title="Report a review"
        description="Tell us what is wrong. Our moderators read every report; the reviewer is not told who reported them."
      />
      <ReviewCard review={found.review} className="mb-6 rounded-xl border bg-card p-4" />
      <ReportForm reviewId={found.review.id} returnTo={productHref} />
    </div>
  )
}
