import { ImageIcon, StarIcon } from 'lucide-react'
import Image from 'next/image'
import Link from 'next/link'
import { Button } from '@/components/ui/button'
import type { AwaitingLine } from '@/lib/dal/review-pages'
import { reviewDate } from './review-card'

/** Delivered items the buyer has not reviewed, each with a link to its review form. */
export function AwaitingReviewList({ lines }: { lines: AwaitingLine[] }) {
  return (
    <ul className="grid gap-3 sm:grid-cols-2">
      {lines.map((line) => (
        <li key={line.orderItemId} className="flex gap-3 rounded-xl border bg-card p-3">
          <div className="relative size-16 shrink-0 overflow-hidden rounded-md border bg-muted">
            {line.imageUrl ? (
              <Image src={line.imageUrl} alt="" fill sizes="64px" className="object-cover" />
            ) : (
              <ImageIcon aria-hidden="true" className="absolute inset-0 m-auto size-5 text-muted-foreground" />
            )}
          </div>
          <div className="grid min-w-0 flex-1 content-start gap-1">
            <h3 className="truncate font-medium">
              <Link href={`/p/${line.productSlug}`} className="hover:underline">
                {line.title}
              </Link>
            </h3>
            <p className="text-sm text-muted-foreground">
              {line.variantTitle ? `${line.variantTitle} · ` : ''}
              {line.storeName}
              {line.deliveredAt ? (
                <>
                  {' · Delivered '}
                  <time dateTime={line.deliveredAt}>{reviewDate.format(new Date(line.deliveredAt))}</time>
                </>
              ) : null}
            </p>
            <Button asChild size="sm" variant="outline" className="mt-1 w-fit">
              <Link href={`/account/reviews/new?item=${line.orderItemId}`}>
                <StarIcon aria-hidden="true" /> Write a review<span className="sr-only"> of {line.title}</span>
              </Link>
            </Button>
          </div>
        </li>
      ))}
    </ul>
  )
}
