'use client'

import { useRouter } from 'next/navigation'
import { Controller, useWatch } from 'react-hook-form'
import { toast } from '@/components/ui/toast'
import { FormAlert } from '@/components/forms/form-alert'
import { useActionForm } from '@/components/forms/use-action-form'
import { FormSection } from '@/components/studio/form-section'
import { Button } from '@/components/ui/button'
import { Checkbox } from '@/components/ui/checkbox'
import { FormField } from '@/components/ui/form-field'
import { Input } from '@/components/ui/input'
import { platformCouponSchema, storeCouponSchema, type CouponFormValues } from '@/lib/validations/coupon'
import { savePlatformCouponAction, saveStoreCouponAction } from './actions'

type Props = {
  /** A store's coupon (seller studio) or a platform coupon (admin console). */
  scope: { storeId: string } | { platform: true }
  defaultValues: CouponFormValues
  /** Where to go after saving. */
  listHref: string
  readOnly?: boolean
}

type Saved = { couponId: string; code: string; created: boolean }

const KINDS = [
  { value: 'percent', label: 'Percentage off', description: 'Like 10% off, with an optional cap.' },
  { value: 'fixed', label: 'Fixed amount off', description: 'Like ₹100 off orders above a minimum.' },
] as const

export function CouponForm({ scope, defaultValues, listHref, readOnly = false }: Props) {
  const router = useRouter()
  const storeId = 'storeId' in scope ? scope.storeId : undefined
  const { form, onSubmit, formError, pending, ready } = useActionForm<CouponFormValues, Saved>({
    schema: storeId ? storeCouponSchema : platformCouponSchema,
    action: (values) => (storeId ? saveStoreCouponAction({ ...values, storeId }) : savePlatformCouponAction(values)),
    defaultValues: { ...defaultValues, storeId },
    onSuccess: (saved) => {
      toast.success(saved.created ? `Coupon ${saved.code} created` : `Coupon ${saved.code} saved`)
      router.push(listHref)
      router.refresh()
    },
  })
  const { errors } = form.formState
  const kind = useWatch({ control: form.control, name: 'kind' })
  const percent = kind === 'percent'

  return (
    <form onSubmit={onSubmit} noValidate aria-label={defaultValues.couponId ? 'Edit coupon' : 'New coupon'} className="grid gap-6">
      <FormAlert message={formError} />
      <fieldset disabled={readOnly} className="grid min-w-0 gap-6">
        <FormSection title="Code and discount">
          <FormField label="Coupon code" description="What buyers type at checkout: 3–20 letters and numbers, like DIWALI20." error={errors.code?.message} required>
            <Input autoCapitalize="characters" autoComplete="off" spellCheck={false} maxLength={20} className="font-mono uppercase" {...form.register('code')} />
          </FormField>
          <div role="radiogroup" aria-label="Kind of discount" className="grid gap-2 sm:grid-cols-2">
            {KINDS.map((k) => (
              <label key={k.value} className="flex cursor-pointer gap-3 rounded-lg border p-3 has-[:checked]:border-primary-ink has-[:checked]:bg-accent has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-ring">
                <input type="radio" value={k.value} className="mt-1 accent-[var(--primary-ink)]" {...form.register('kind')} />
                <span className="grid gap-0.5">
                  <span className="text-sm font-medium">{k.label}</span>
                  <span className="text-xs text-muted-foreground">{k.description}</span>
                </span>
              </label>
            ))}
          </div>
          {errors.kind?.message ? <p className="text-[13px] font-medium text-destructive" role="alert">{errors.kind.message}</p> : null}
          <div className="grid gap-4 sm:grid-cols-2">
            <FormField
              label={percent ? 'Discount (%)' : 'Discount (₹)'}
              description={percent ? 'From 1% to 90%.' : 'From ₹1 to ₹1,00,000.'}
              error={errors.value?.message}
              required
            >
              <Input inputMode="decimal" autoComplete="off" placeholder={percent ? '10' : '100'} {...form.register('value')} />
            </FormField>
            {percent ? (
              <FormField label="Maximum discount (₹, optional)" description="The most one order can save." error={errors.maxDiscount?.message}>
                <Input inputMode="decimal" autoComplete="off" placeholder="200" {...form.register('maxDiscount')} />
              </FormField>
            ) : null}
            <FormField
              label={percent ? 'Minimum order (₹, optional)' : 'Minimum order (₹)'}
              description={percent ? 'The items’ total must reach this.' : 'Must be more than the discount.'}
              error={errors.minOrder?.message}
              required={!percent}
            >
              <Input inputMode="decimal" autoComplete="off" placeholder={percent ? '499' : '999'} {...form.register('minOrder')} />
            </FormField>
          </div>
        </FormSection>

        <FormSection title="Limits and dates" description="Times are India time (IST).">
          <div className="grid gap-4 sm:grid-cols-2">
            <FormField label="Total uses (optional)" description="Leave empty for no limit." error={errors.usageLimit?.message}>
              <Input inputMode="numeric" autoComplete="off" {...form.register('usageLimit')} />
            </FormField>
            <FormField label="Uses per buyer" error={errors.perUserLimit?.message} required>
              <Input inputMode="numeric" autoComplete="off" {...form.register('perUserLimit')} />
            </FormField>
            <FormField label="Starts (optional)" description="Leave empty to start now." error={errors.startsAt?.message}>
              <Input type="datetime-local" {...form.register('startsAt')} />
            </FormField>
            <FormField label="Ends (optional)" description="Leave empty for no end date." error={errors.expiresAt?.message}>
              <Input type="datetime-local" {...form.register('expiresAt')} />
            </FormField>
          </div>
          <Controller
            control={form.control}
            name="active"
            render={({ field }) => (
              <FormField label="Active" description="Switch off to stop the coupon at once, without deleting it." orientation="horizontal">
                <Checkbox checked={field.value === true} onCheckedChange={(on) => field.onChange(on === true)} onBlur={field.onBlur} />
              </FormField>
            )}
          />
        </FormSection>
      </fieldset>
      {readOnly ? null : (
        <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
          <Button type="button" variant="ghost" onClick={() => router.push(listHref)} disabled={pending || !ready}>
            Cancel
          </Button>
          <Button type="submit" size="lg" disabled={pending || !ready}>
            {pending ? 'Saving…' : defaultValues.couponId ? 'Save changes' : 'Create coupon'}
          </Button>
        </div>
      )}
    </form>
  )
}
