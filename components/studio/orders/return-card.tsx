import { ReviewPhotos } from '@/components/review/review-photos'
import type { SellerOrderPage } from '@/lib/dal/seller-orders'
import { formatOrderTime } from './format'

type Request = NonNullable<SellerOrderPage['returnRequest']>

const DECISION: Record<Request['status'], string> = {
  requested: 'Waiting for your decision',
  approved: 'Approved: pickup from the buyer',
  rejected: 'Rejected',
  received: 'Received back',
  refunded: 'Received and refunded',
}

/** The buyer's return request and what the store decided. */
export function ReturnCard({ request }: { request: Request }) {
  return (
    <section aria-labelledby="order-return" className="rounded-xl border bg-card p-4 text-sm">
      <h2 id="order-return" className="mb-2 font-semibold">
        Return request
      </h2>
      <dl className="grid gap-2">
        <div>
          <dt className="text-muted-foreground">Requested</dt>
          <dd>
            <time dateTime={request.requestedAt}>{formatOrderTime(request.requestedAt)}</time>
          </dd>
        </div>
        <div>
          <dt className="text-muted-foreground">Reason</dt>
          <dd className="break-words">{request.reason}</dd>
        </div>
        {request.details ? (
          <div>
            <dt className="text-muted-foreground">Details</dt>
            <dd className="break-words whitespace-pre-line">{request.details}</dd>
          </div>
        ) : null}
        <div>
          <dt className="text-muted-foreground">Decision</dt>
          <dd>
            {DECISION[request.status]}
            {request.decidedAt ? (
              <>
                {' · '}
                <time dateTime={request.decidedAt}>{formatOrderTime(request.decidedAt)}</time>
              </>
            ) : null}
          </dd>
          {request.decisionNote ? <dd className="mt-1 break-words text-muted-foreground">“{request.decisionNote}”</dd> : null}
        </div>
      </dl>
      {request.photos.length > 0 ? (
        <div className="mt-3">
          <h3 className="mb-1 font-medium">Photos</h3>
          <ReviewPhotos photos={request.photos} author="the buyer" />
        </div>
      ) : null}
    </section>
  )
}
