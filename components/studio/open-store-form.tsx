'use client'

import { useRouter } from 'next/navigation'
import { FormAlert } from '@/components/forms/form-alert'
import { NativeSelect } from '@/components/forms/native-select'
import { useActionForm } from '@/components/forms/use-action-form'
import { Button } from '@/components/ui/button'
import { FormField } from '@/components/ui/form-field'
import { Input } from '@/components/ui/input'
import { Textarea } from '@/components/ui/textarea'
import { INDIAN_STATES, slugify } from '@/lib/validations/common'
import { openStoreSchema, type OpenStoreInput } from '@/lib/validations/store'
import { openStoreAction } from './actions'

export function OpenStoreForm({ defaultContactName }: { defaultContactName: string }) {
  const router = useRouter()
  const { form, onSubmit, formError, pending, ready } = useActionForm<OpenStoreInput, { storeId: string }>({
    schema: openStoreSchema,
    action: openStoreAction,
    defaultValues: {
      name: '',
      slug: '',
      description: '',
      pickupName: defaultContactName,
      pickupPhone: '',
      pickupLine1: '',
      pickupLine2: '',
      pickupCity: '',
      pickupState: '' as OpenStoreInput['pickupState'],
      pickupPin: '',
      gstin: '',
      pan: '',
    },
    onSuccess: () => {
      router.push('/studio?opened=1')
      router.refresh()
    },
  })
  const { errors, dirtyFields } = form.formState
  const nameField = form.register('name', {
    onChange: (event: React.ChangeEvent<HTMLInputElement>) => {
      // Suggest the store address from the name until the seller edits it themselves.
      if (!dirtyFields.slug) form.setValue('slug', slugify(event.target.value))
    },
  })

  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-8">
      <FormAlert message={formError} />
      <fieldset className="grid gap-4">
        <legend className="mb-2 text-lg font-semibold">Your store</legend>
        <FormField label="Store name" error={errors.name?.message} required>
          <Input autoComplete="organization" {...nameField} />
        </FormField>
        <FormField label="Store address" description="Buyers find you at haat.in/s/your-address." error={errors.slug?.message} required>
          <Input autoCapitalize="none" spellCheck={false} {...form.register('slug')} />
        </FormField>
        <FormField label="About your store" description="What you sell and what makes it special — buyers see this on your store page." error={errors.description?.message} required>
          <Textarea rows={4} {...form.register('description')} />
        </FormField>
      </fieldset>

      <fieldset className="grid gap-4">
        <legend className="mb-2 text-lg font-semibold">Pickup address</legend>
        <p className="-mt-2 text-sm text-muted-foreground">Couriers collect your orders from here.</p>
        <div className="grid gap-4 sm:grid-cols-2">
          <FormField label="Contact name" error={errors.pickupName?.message} required>
            <Input autoComplete="name" {...form.register('pickupName')} />
          </FormField>
          <FormField label="Mobile number" error={errors.pickupPhone?.message} required>
            <Input type="tel" inputMode="tel" autoComplete="tel-national" placeholder="98765 43210" {...form.register('pickupPhone')} />
          </FormField>
        </div>
        <FormField label="Building, street" error={errors.pickupLine1?.message} required>
          <Input autoComplete="address-line1" {...form.register('pickupLine1')} />
        </FormField>
        <FormField label="Area, locality (optional)" error={errors.pickupLine2?.message}>
          <Input autoComplete="address-line2" {...form.register('pickupLine2')} />
        </FormField>
        <div className="grid gap-4 sm:grid-cols-3">
          <FormField label="City" error={errors.pickupCity?.message} required>
            <Input autoComplete="address-level2" {...form.register('pickupCity')} />
          </FormField>
          <FormField label="State" error={errors.pickupState?.message} required>
            <NativeSelect autoComplete="address-level1" {...form.register('pickupState')}>
              <option value="">Choose…</option>
              {INDIAN_STATES.map((state) => (
                <option key={state} value={state}>
                  {state}
                </option>
              ))}
            </NativeSelect>
          </FormField>
          <FormField label="PIN code" error={errors.pickupPin?.message} required>
            <Input inputMode="numeric" autoComplete="postal-code" maxLength={6} {...form.register('pickupPin')} />
          </FormField>
        </div>
      </fieldset>

      <fieldset className="grid gap-4">
        <legend className="mb-2 text-lg font-semibold">Tax details</legend>
        <div className="grid gap-4 sm:grid-cols-2">
          <FormField label="PAN" description="Needed for payouts. 10 characters, like ABCDE1234F." error={errors.pan?.message} required>
            <Input autoCapitalize="characters" spellCheck={false} maxLength={10} {...form.register('pan')} />
          </FormField>
          <FormField label="GSTIN (optional)" description="Only if your business is GST-registered." error={errors.gstin?.message}>
            <Input autoCapitalize="characters" spellCheck={false} maxLength={15} {...form.register('gstin')} />
          </FormField>
        </div>
      </fieldset>

      <div className="flex flex-col-reverse gap-3 sm:flex-row sm:items-center sm:justify-between">
        <p className="text-sm text-muted-foreground">An admin reviews every new store, usually within one working day.</p>
        <Button type="submit" size="lg" disabled={pending || !ready}>
          {pending ? 'Submitting…' : 'Submit for review'}
        </Button>
      </div>
    </form>
  )
}
