'use client'

import { BanknoteIcon, MapPinIcon, TruckIcon } from 'lucide-react'
import { useCallback, useEffect, useRef, useState, useTransition } from 'react'
import { Button } from '@/components/ui/button'
import { FormField } from '@/components/ui/form-field'
import { Input } from '@/components/ui/input'
import { DELIVERY_PIN_COOKIE, DELIVERY_PIN_MAX_AGE_SECONDS } from '@/lib/catalog/delivery'
import { pinCodeError } from '@/lib/validations/pin-code'
import { checkDeliveryAction, type DeliveryEstimate as Estimate } from './actions'
import { useProductVariant } from './product-variant-context'

/**
 * "Check delivery": a 6-digit PIN code → the courier's promise for this product from the
 * seller's pickup PIN. The last PIN is remembered (cookie), and checked again on the next page.
 *
 * One field, so it is checked by hand: react-hook-form and the zod schemas would be a third of
 * the product page's JavaScript. The action still validates with `deliveryEstimateSchema`.
 */
export function DeliveryEstimate({ productId, initialPin }: { productId: string; initialPin: string | null }) {
  const { variant } = useProductVariant()
  const variantId = variant?.id ?? null
  const [estimate, setEstimate] = useState<Estimate | null>(null)
  const [pin, setPin] = useState(initialPin ?? '')
  const [pinError, setPinError] = useState<string | null>(null)
  const [formError, setFormError] = useState<string | null>(null)
  // As react-hook-form's onTouched mode: checked on the first blur or submit, then on every change.
  const [checkAsTyped, setCheckAsTyped] = useState(false)
  const [pending, startTransition] = useTransition()
  const input = useRef<HTMLInputElement>(null)
  const checkedInitial = useRef(false)

  const check = useCallback(
    (value: string) => {
      setCheckAsTyped(true)
      const invalid = pinCodeError(value)
      setPinError(invalid)
      if (invalid) {
        input.current?.focus()
        return
      }
      setFormError(null)
      startTransition(async () => {
        try {
          const result = await checkDeliveryAction({ productId, variantId, pin: value })
          if (result.ok) {
            setEstimate(result.data)
            const secure = window.location.protocol === 'https:' ? '; secure' : ''
            document.cookie = `${DELIVERY_PIN_COOKIE}=${result.data.pin}; path=/; max-age=${DELIVERY_PIN_MAX_AGE_SECONDS}; samesite=lax${secure}`
            return
          }
          setFormError(result.formError ?? 'Please check the form and try again.')
          const serverPinError = result.fieldErrors?.pin?.[0]
          if (serverPinError) {
            setPinError(serverPinError)
            input.current?.focus()
          }
        } catch {
          setFormError('We could not reach Haat. Check your connection and try again — your entries are still here.')
        }
      })
    },
    [productId, variantId],
  )

  useEffect(() => {
    if (!initialPin || checkedInitial.current) return
    checkedInitial.current = true
    check(initialPin)
  }, [initialPin, check])

  return (
    <section aria-labelledby="delivery-heading" className="rounded-xl border bg-card p-4">
      <h2 id="delivery-heading" className="mb-3 flex items-center gap-2 text-sm font-semibold">
        <TruckIcon aria-hidden="true" className="size-4 text-muted-foreground" />
        Delivery
      </h2>
      {/* Without JavaScript the form GETs `?pin=`, and the page checks that PIN once it loads. */}
      <form
        onSubmit={(event) => {
          event.preventDefault()
          check(pin)
        }}
        noValidate
        className="flex items-start gap-2"
      >
        <FormField label="PIN code" hideLabel error={pinError} className="min-w-0 flex-1">
          <Input
            inputMode="numeric"
            autoComplete="postal-code"
            maxLength={6}
            placeholder="Enter PIN code"
            ref={input}
            name="pin"
            value={pin}
            onChange={(event) => {
              setPin(event.target.value)
              if (checkAsTyped) setPinError(pinCodeError(event.target.value))
            }}
            onBlur={() => {
              setCheckAsTyped(true)
              setPinError(pinCodeError(pin))
            }}
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
