'use client'

import { useRouter } from 'next/navigation'
import { useTransition } from 'react'
import { toast } from '@/components/ui/toast'
import { Button } from '@/components/ui/button'
import { setPlatformCouponActiveAction, setStoreCouponActiveAction } from './actions'

type Props = {
  scope: { storeId: string } | { platform: true }
  coupon: { id: string; code: string; active: boolean }
}

/** Deactivate (or switch back on) a coupon from the list. */
export function CouponActiveToggle({ scope, coupon }: Props) {
  const router = useRouter()
  const [pending, startTransition] = useTransition()
  const next = !coupon.active
  const toggle = () =>
    startTransition(async () => {
      const input = { couponId: coupon.id, active: next }
      const result = 'storeId' in scope ? await setStoreCouponActiveAction({ ...input, storeId: scope.storeId }) : await setPlatformCouponActiveAction(input)
      if (!result.ok) return void toast.error(result.formError ?? 'Could not change the coupon.')
      toast.success(next ? `${coupon.code} is active again` : `${coupon.code} is deactivated: buyers can no longer use it`)
      router.refresh()
    })
  return (
    <Button type="button" variant={next ? 'outline' : 'ghost'} size="sm" disabled={pending} onClick={toggle} aria-label={`${next ? 'Activate' : 'Deactivate'} ${coupon.code}`}>
      {pending ? 'Saving…' : next ? 'Activate' : 'Deactivate'}
    </Button>
  )
}
