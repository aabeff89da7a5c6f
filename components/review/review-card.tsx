import { BadgeCheckIcon, StoreIcon } from 'lucide-react'
import type { ReactNode } from 'react'
import { cn } from '@/lib/utils'
import { ReviewPhotos } from './review-photos'
import { StarRating } from './star-rating'

export const reviewDate = new Intl.DateTimeFormat('en-IN', { dateStyle: 'medium', timeZone: 'Asia/Kolkata' })

export type ReviewCardData = {
  id: string
  author: string
  rating: number
  title: string | null
  body: string
  photos: string[]
  variantTitle: string | null
  sellerReply: string | null
  repliedAt: string | null
  createdAt: string
}

type Props = {
  review: ReviewCardData
  /** Who answers, e.g. the store's name; "the seller" otherwise. */
  sellerName?: string
  /** Above the stars: the product a list of many products is about, a status badge. */
  header?: ReactNode
  /** Under the review: Report link, reply form, moderation buttons. */
  footer?: ReactNode
  /** Leave out the seller's reply (the studio shows it in its reply form instead). */
  hideReply?: boolean
  className?: string
}

/** One review: stars, title, who and when, the text, photos and the seller's reply. */
export function ReviewCard({ review, sellerName, header, footer, hideReply, className }: Props) {
  const titleId = `review-${review.id}-title`
  return (
    <article aria-labelledby={titleId} className={cn('grid gap-2', className)}>
      {header}
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
        <StarRating value={review.rating} size="sm" />
        <h3 id={titleId} className="font-semibold break-words">
          {review.title ?? <span className="sr-only">{`${review.rating} star review by ${review.author}`}</span>}
        </h3>
      </div>
      <p className="flex flex-wrap items-center gap-x-2 gap-y-1 text-sm text-muted-foreground">
        <span className="font-medium text-foreground">{review.author}</span>
        <span aria-hidden="true">·</span>
        <span className="inline-flex items-center gap-1 text-success">
          <BadgeCheckIcon aria-hidden="true" className="size-4" /> Verified purchase
        </span>
        {review.variantTitle ? (
          <>
            <span aria-hidden="true">·</span>
            <span>{review.variantTitle}</span>
          </>
        ) : null}
        <span aria-hidden="true">·</span>
        <time dateTime={review.createdAt}>{reviewDate.format(new Date(review.createdAt))}</time>
      </p>
      {review.body ? <p className="text-[15px] leading-relaxed break-words whitespace-pre-line">{review.body}</p> : null}
      <ReviewPhotos photos={review.photos} author={review.author} />
      {review.sellerReply && !hideReply ? (
        <div className="mt-1 rounded-lg border-l-4 border-primary bg-accent/60 px-3 py-2 text-sm">
          <p className="mb-1 flex flex-wrap items-center gap-x-2 font-medium">
            <StoreIcon aria-hidden="true" className="size-4" />
            Reply from {sellerName ?? 'the seller'}
            {review.repliedAt ? (
              <time dateTime={review.repliedAt} className="font-normal text-muted-foreground">
                {reviewDate.format(new Date(review.repliedAt))}
              </time>
            ) : null}
          </p>
          <p className="break-words whitespace-pre-line">{review.sellerReply}</p>
        </div>
      ) : null}
      {footer}
    </article>
  )
}
