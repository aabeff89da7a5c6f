'use client'

import { FormAlert } from '@/components/forms/form-alert'
import { Button } from '@/components/ui/button'
import { CheckoutFrame } from './checkout-frame'
import { dismissCheckout } from './post-to-parent'

/** A checkout that cannot start (unknown key or order, already paid): says why, offers to close. */
export function CheckoutProblem({ title, message, tone = 'error' }: { title: string; message: string; tone?: 'error' | 'success' }) {
  return (
    <CheckoutFrame merchant="Haat">
      <h2 className="text-base font-semibold">{title}</h2>
      <div className="mt-3">
        <FormAlert message={message} tone={tone} />
      </div>
      <Button className="mt-auto w-full" size="lg" variant="outline" autoFocus onClick={() => dismissCheckout()}>
        Close
      </Button>
    </CheckoutFrame>
  )
}
