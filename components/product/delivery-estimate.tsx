'use client'

import { BanknoteIcon, MapPinIcon, TruckIcon } from 'lucide-react'
import { useEffect, useRef, useState } from 'react'
import { useActionForm } from '@/components/forms/use-action-form'
import { Button } from '@/components/ui/button'
import { FormField } from '@/components/ui/form-field'
import { Input } from '@/components/ui/input'
import {
  DELIVERY_PIN_COOKIE,
  DELIVERY_PIN_MAX_AGE_SECONDS,
  deliveryEstimateSchema,
  type DeliveryEstimateInput,
} from '@/lib/validations/delivery'
import { checkDeliveryAction, type DeliveryEstimate as Estimate } from './actions'
import { useProductVariant } from './product-variant-context'

/**
 * "Check delivery": a 6-digit PIN code → the courier's promise for this product from the
 * seller's pickup PIN. The last PIN is remembered (cookie), and checked again on the next page.
 */
export function DeliveryEstimate({ productId, initialPin }: { productId: string; initialPin: string | null }) {
  const { variant } = useProductVariant()
  const [estimate, setEstimate] = useState<Estimate | null>(null)
  const { form, onSubmit, formError, pending } = useActionForm<DeliveryEstimateInput, Estimate>({
    schema: deliveryEstimateSchema,
    action: checkDeliveryAction,
    defaultValues: { productId, variantId: variant?.id ?? null, pin: initialPin ?? '' },
    onSuccess: (result) => {
      setEstimate(result)
      const secure = window.location.protocol === 'https:' ? '; secure' : ''
      document.cookie = `${DELIVERY_PIN_COOKIE}=${result.pin}; path=/; max-age=${DELIVERY_PIN_MAX_AGE_SECONDS}; samesite=lax${secure}`
    },
  })
  const checkedInitial = useRef(false)

  useEffect(() => {
    form.setValue('variantId', variant?.id ?? null)
  }, [form, variant?.id])

  useEffect(() => {
    if (!initialPin || checkedInitial.current) return
    checkedInitial.current = true
    void onSubmit()
  }, [initialPin, onSubmit])

  const pinError = form.formState.errors.pin?.message

  return (
    <section aria-labelledby="delivery-heading" className="rounded-xl border bg-card p-4">
      <h2 id="delivery-heading" className="mb-3 flex items-center gap-2 text-sm font-semibold">
        <TruckIcon aria-hidden="true" className="size-4 text-muted-foreground" />
        Delivery
      </h2>
      {/* Without JavaScript the form GETs `?pin=`, and the page checks that PIN once it loads. */}
      <form onSubmit={onSubmit} noValidate className="flex items-start gap-2">
        <FormField label="PIN code" hideLabel error={pinError} className="min-w-0 flex-1">
          <Input
            inputMode="numeric"
            autoComplete="postal-code"
            maxLength={6}
            placeholder="Enter PIN code"
            {...form.register('pin')}
          />
        </FormField>
        <Button type="submit" variant="outline" disabled={pending} className="shrink-0">
          {pending ? 'Checking…' : 'Check'}
        </Button>
      </form>
      <div aria-live="polite" aria-atomic="true" data-testid="delivery-result" className="mt-3 text-sm empty:hidden">
        {formError && !pinError ? <p className="text-destructive">{formError}</p> : null}
        {!formError && estimate ? <EstimateLine estimate={estimate} /> : null}
      </div>
    </section>
  )
}

function EstimateLine({ estimate }: { estimate: Estimate }) {
  if (!estimate.serviceable) {
    return (
      <p className="flex items-start gap-2 text-destructive">
        <MapPinIcon aria-hidden="true" className="mt-0.5 size-4 shrink-0" />
        <span>{estimate.reason}</span>
      </p>
    )
  }
  return (
    <p className="flex flex-wrap items-center gap-x-2 gap-y-1">
      <span className="font-semibold text-foreground">Delivery by {estimate.deliveryBy}</span>
      <span aria-hidden="true" className="text-muted-foreground">
        ·
      </span>
      <span className="inline-flex items-center gap-1 text-muted-foreground">
        <BanknoteIcon aria-hidden="true" className="size-4" />
        {estimate.codAvailable ? 'COD available' : 'COD not available'}
      </span>
      <span className="basis-full text-xs text-muted-foreground">To {estimate.pin}</span>
    </p>
  )
}
