import { BanknoteIcon, PackageOpenIcon } from 'lucide-react'
import Image from 'next/image'
import type { BuyerOrderView } from '@/lib/dal/buyer-orders'
import { formatOrderDate, refundText, returnText } from './order-format'

/** Each refund of the order (a cancellation, a courier return, a return request), with where the money is. */
export function RefundStatus({ refunds }: { refunds: BuyerOrderView['refunds'] }) {
  return (
    <ul className="grid gap-3">
      {refunds.map((refund) => {
        const text = refundText(refund)
        return (
          <li key={refund.id} className="flex gap-3 text-sm">
            <BanknoteIcon aria-hidden="true" className="mt-0.5 size-5 shrink-0 text-primary-ink" />
            <div className="grid gap-0.5">
              <p className="font-medium">{text.title}</p>
              <p className="text-muted-foreground">{text.detail}</p>
            </div>
          </li>
        )
      })}
    </ul>
  )
}

export function ReturnStatus({ request }: { request: NonNullable<BuyerOrderView['latestReturn']> }) {
  const text = returnText(request)
  return (
    <div className="flex gap-3 text-sm">
      <PackageOpenIcon aria-hidden="true" className="mt-0.5 size-5 shrink-0 text-primary-ink" />
      <div className="grid min-w-0 gap-2">
        <div className="grid gap-0.5">
          <p className="font-medium">{text.title}</p>
          {text.detail ? <p className="text-muted-foreground">{text.detail}</p> : null}
        </div>
        <dl className="grid grid-cols-[5.5rem_1fr] gap-x-3 gap-y-1 text-[13px]">
          <dt className="text-muted-foreground">Requested</dt>
          <dd>
            <time dateTime={request.createdAt}>{formatOrderDate(request.createdAt)}</time>
          </dd>
          <dt className="text-muted-foreground">Reason</dt>
          <dd className="break-words">{request.reason}</dd>
          {request.details ? (
            <>
              <dt className="text-muted-foreground">Details</dt>
              <dd className="break-words whitespace-pre-line">{request.details}</dd>
            </>
          ) : null}
        </dl>
        {request.photos.length > 0 ? (
          <ul aria-label="Photos you sent" className="flex flex-wrap gap-2">
            {request.photos.map((url, i) => (
              <li key={url}>
                <a
                  href={url}
                  target="_blank"
                  rel="noopener"
                  className="relative block size-16 overflow-hidden rounded-md border bg-muted outline-none focus-visible:ring-2 focus-visible:ring-ring focus-visible:ring-offset-2 focus-visible:ring-offset-background"
                >
                  <Image src={url} alt={`Return photo ${i + 1} of ${request.photos.length} (opens full size)`} fill sizes="64px" className="object-cover" />
                </a>
              </li>
            ))}
          </ul>
        ) : null}
      </div>
    </div>
  )
}
