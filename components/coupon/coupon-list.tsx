import { PencilIcon } from 'lucide-react'
import Link from 'next/link'
import { Badge } from '@/components/ui/badge'
import { Button } from '@/components/ui/button'
import type { CouponListItem } from '@/lib/dal/coupons'
import { COUPON_STATUS_LABELS, describeCoupon, type CouponStatus } from '@/lib/validations/coupon'
import { CouponActiveToggle } from './coupon-active-toggle'

const STATUS_VARIANT: Record<CouponStatus, 'success' | 'outline' | 'secondary'> = {
  active: 'success',
  scheduled: 'outline',
  expired: 'secondary',
  used_up: 'secondary',
  disabled: 'outline',
}

const dateFormat = new Intl.DateTimeFormat('en-IN', { day: 'numeric', month: 'short', year: 'numeric', hour: 'numeric', minute: '2-digit', timeZone: 'Asia/Kolkata' })

function validity(c: CouponListItem): string {
  if (c.startsAt && c.expiresAt) return `${dateFormat.format(c.startsAt)} – ${dateFormat.format(c.expiresAt)}`
  if (c.expiresAt) return `Until ${dateFormat.format(c.expiresAt)}`
  if (c.startsAt) return `From ${dateFormat.format(c.startsAt)}, no end date`
  return 'No end date'
}

function usage(c: CouponListItem): string {
  const perBuyer = c.perUserLimit === 1 ? 'once per buyer' : `${c.perUserLimit} times per buyer`
  const used = c.usageLimit === null ? `${c.usedCount.toLocaleString('en-IN')} used · no limit` : `${c.usedCount.toLocaleString('en-IN')} of ${c.usageLimit.toLocaleString('en-IN')} used`
  return `${used} · ${perBuyer}`
}

type Props = {
  coupons: CouponListItem[]
  scope: { storeId: string } | { platform: true }
  /** The list's own address; a coupon's editor is `${baseHref}/${id}`. */
  baseHref: string
  readOnly?: boolean
}

/** Coupons with their discount, use and status; edit and deactivate in place. */
export function CouponList({ coupons, scope, baseHref, readOnly = false }: Props) {
  return (
    <ul className="grid gap-3" aria-label="Coupons">
      {coupons.map((c) => (
        <li key={c.id} className="grid gap-3 rounded-xl border bg-card p-4 sm:grid-cols-[minmax(0,1fr)_auto] sm:items-center">
          <div className="grid min-w-0 gap-1">
            <p className="flex flex-wrap items-center gap-2">
              <span className="font-mono text-base font-semibold tracking-wide break-all">{c.code}</span>
              <Badge variant={STATUS_VARIANT[c.status]}>
                <span className="sr-only">Status: </span>
                {COUPON_STATUS_LABELS[c.status]}
              </Badge>
            </p>
            <p className="text-sm">{describeCoupon(c)}</p>
            <p className="text-[13px] text-muted-foreground">
              {usage(c)} · {validity(c)}
            </p>
          </div>
          <div className="flex flex-wrap items-center gap-2 sm:justify-end">
            <Button asChild variant="outline" size="sm">
              <Link href={`${baseHref}/${c.id}`} aria-label={`${readOnly ? 'View' : 'Edit'} ${c.code}`}>
                <PencilIcon aria-hidden="true" /> {readOnly ? 'View' : 'Edit'}
              </Link>
            </Button>
            {readOnly ? null : <CouponActiveToggle scope={scope} coupon={{ id: c.id, code: c.code, active: c.active }} />}
          </div>
        </li>
      ))}
    </ul>
  )
}
