'use client'

import { useEffect, useId } from 'react'
import { Controller, useWatch } from 'react-hook-form'
import { FormAlert } from '@/components/forms/form-alert'
import { NativeSelect } from '@/components/forms/native-select'
import { useActionForm } from '@/components/forms/use-action-form'
import { Button } from '@/components/ui/button'
import { Checkbox } from '@/components/ui/checkbox'
import { FormField } from '@/components/ui/form-field'
import { Input } from '@/components/ui/input'
import { INDIAN_STATES } from '@/lib/validations/common'
import { addressFormValues, saveAddressSchema, type SaveAddressInput, type SavedAddress } from '@/lib/validations/address'
import { saveAddressAction } from './actions'
import { PinCheck } from './pin-check'

export type AddressFormProps = {
  /** The address to edit; omit to add a new one. */
  address?: SavedAddress | null
  /** Prefills for a new address, such as the account's name and mobile number. */
  defaults?: Partial<Pick<SaveAddressInput, 'name' | 'phone'>>
  onSaved: (address: SavedAddress) => void | Promise<void>
  onCancel?: () => void
  submitLabel?: string
  /** Hide "Make this my default address" (the first address becomes the default anyway). */
  hideDefaultToggle?: boolean
  /** Focus the first field on mount: for forms opened by a button. */
  autoFocus?: boolean
  className?: string
}

/**
 * Add or edit an address, with the shared schema on both sides and a live PIN-code check.
 * Must not sit inside another <form>.
 */
export function AddressForm({ address, defaults, onSaved, onCancel, submitLabel, hideDefaultToggle = false, autoFocus = false, className }: AddressFormProps) {
  const editing = Boolean(address)
  const { form, onSubmit, formError, pending, ready } = useActionForm<SaveAddressInput, SavedAddress>({
    schema: saveAddressSchema,
    action: saveAddressAction,
    defaultValues: addressFormValues(address, defaults),
    onSuccess: onSaved,
  })
  const { errors } = form.formState
  const pinCheckId = useId()

  useEffect(() => {
    if (autoFocus) form.setFocus('name')
  }, [autoFocus, form])
  const [pin, city] = useWatch({ control: form.control, name: ['pin', 'city'] })

  return (
    <form onSubmit={onSubmit} noValidate aria-label={editing ? 'Edit address' : 'New address'} className={className ?? 'grid gap-4'}>
      <FormAlert message={formError} />
      <div className="grid gap-4 sm:grid-cols-2">
        <FormField label="Full name" error={errors.name?.message} required>
          <Input autoComplete="name" {...form.register('name')} />
        </FormField>
        <FormField label="Mobile number" description="The courier calls this number." error={errors.phone?.message} required>
          <Input type="tel" inputMode="tel" autoComplete="tel-national" placeholder="98765 43210" {...form.register('phone')} />
        </FormField>
      </div>
      <FormField label="Flat, house no., building, street" error={errors.line1?.message} required>
        <Input autoComplete="address-line1" {...form.register('line1')} />
      </FormField>
      <div className="grid gap-4 sm:grid-cols-2">
        <FormField label="Area, locality (optional)" error={errors.line2?.message}>
          <Input autoComplete="address-line2" {...form.register('line2')} />
        </FormField>
        <FormField label="Landmark (optional)" description="Like “near Shiv temple”." error={errors.landmark?.message}>
          <Input autoComplete="off" {...form.register('landmark')} />
        </FormField>
      </div>
      <div className="grid gap-4 sm:grid-cols-3">
        <FormField label="Town or city" error={errors.city?.message} required>
          <Input autoComplete="address-level2" {...form.register('city')} />
        </FormField>
        <FormField label="State" error={errors.state?.message} required>
          <NativeSelect autoComplete="address-level1" {...form.register('state')}>
            <option value="">Choose…</option>
            {INDIAN_STATES.map((state) => (
              <option key={state} value={state}>
                {state}
              </option>
            ))}
          </NativeSelect>
        </FormField>
        <FormField label="PIN code" error={errors.pin?.message} required>
          <Input inputMode="numeric" autoComplete="postal-code" maxLength={7} placeholder="560001" aria-describedby={pinCheckId} {...form.register('pin')} />
        </FormField>
      </div>
      <PinCheck id={pinCheckId} pin={pin ?? ''} city={city ?? ''} />
      {hideDefaultToggle || address?.isDefault ? null : (
        <Controller
          control={form.control}
          name="isDefault"
          render={({ field }) => (
            <FormField label="Make this my default address" orientation="horizontal">
              <Checkbox checked={field.value === true} onCheckedChange={(on) => field.onChange(on === true)} onBlur={field.onBlur} />
            </FormField>
          )}
        />
      )}
      <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
        {onCancel ? (
          <Button type="button" variant="ghost" onClick={onCancel} disabled={pending || !ready}>
            Cancel
          </Button>
        ) : null}
        <Button type="submit" disabled={pending || !ready}>
          {pending ? 'Saving…' : (submitLabel ?? (editing ? 'Save changes' : 'Save address'))}
        </Button>
      </div>
    </form>
  )
}
