'use client'

import { useRouter } from 'next/navigation'
import { useState } from 'react'
import { toast } from '@/components/ui/toast'
import { FormAlert } from '@/components/forms/form-alert'
import { NativeSelect } from '@/components/forms/native-select'
import { useActionForm } from '@/components/forms/use-action-form'
import { postWithProgress } from '@/components/studio/upload-with-progress'
import { Button } from '@/components/ui/button'
import { FormField } from '@/components/ui/form-field'
import { Textarea } from '@/components/ui/textarea'
import type { ActionResult } from '@/lib/actions/errors'
import { MAX_RETURN_PHOTOS, RETURN_DETAILS_MAX, RETURN_REASON_LABELS, RETURN_REASONS, requestReturnSchema, type RequestReturnFormValues } from '@/lib/validations/returns'
import { PhotoPicker } from '@/components/forms/photo-picker'

type Submitted = { orderId: string }

/** The multipart body POST /account/orders/[orderId]/return/submit reads. */
function toFormData(values: RequestReturnFormValues): FormData {
  const body = new FormData()
  body.set('reason', values.reason ?? '')
  body.set('details', values.details ?? '')
  for (const photo of values.photos ?? []) body.append('photos', photo)
  return body
}

export function ReturnForm({ orderId, orderNumber }: { orderId: string; orderNumber: string }) {
  const router = useRouter()
  const [progress, setProgress] = useState<number | null>(null)
  const orderHref = `/account/orders/${orderId}`
  const submit = async (values: RequestReturnFormValues): Promise<ActionResult<Submitted>> => {
    setProgress(0)
    try {
      return await postWithProgress<Submitted>(`${orderHref}/return/submit`, toFormData(values), setProgress)
    } finally {
      setProgress(null)
    }
  }
  const { form, onSubmit, formError, pending, ready } = useActionForm<RequestReturnFormValues, Submitted>({
    schema: requestReturnSchema,
    action: submit,
    defaultValues: { orderId, reason: '', details: '', photos: [] },
    onSuccess: () => {
      toast.success(`Return requested for order ${orderNumber}. The seller will reply soon.`)
      router.push(orderHref)
      router.refresh()
    },
  })
  const { errors } = form.formState
  const photos = form.watch('photos') ?? []
  const reason = form.watch('reason')
  const detailsLength = (form.watch('details') ?? '').length
  const hasPhotos = photos.length > 0

  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-6">
      <FormAlert message={formError} />
      <FormField label="Why are you returning it?" error={errors.reason?.message} required>
        <NativeSelect {...form.register('reason')}>
          <option value="" disabled>
            Choose a reason
          </option>
          {RETURN_REASONS.map((r) => (
            <option key={r} value={r}>
              {RETURN_REASON_LABELS[r]}
            </option>
          ))}
        </NativeSelect>
      </FormField>
      <FormField
        label="Details"
        required={reason === 'other'}
        description={`${reason === 'other' ? 'Tell the seller what is wrong.' : 'Optional: what is wrong, and which item if the order has several.'} ${detailsLength.toLocaleString('en-IN')}/${RETURN_DETAILS_MAX.toLocaleString('en-IN')}`}
        error={errors.details?.message}
      >
        <Textarea rows={5} {...form.register('details')} />
      </FormField>
      <PhotoPicker
        files={photos}
        max={MAX_RETURN_PHOTOS}
        labelNote="(optional, but they help the seller decide)"
        subject="of the item and the packaging"
        disabled={pending || !ready}
        error={errors.photos?.message}
        onChange={(files) => form.setValue('photos', files, { shouldDirty: true, shouldValidate: true })}
      />
      {progress !== null && hasPhotos ? (
        <div className="grid gap-1 text-sm">
          <span>{progress < 1 ? `Uploading photos… ${Math.round(progress * 100)}%` : 'Processing photos…'}</span>
          <progress className="h-2 w-full accent-[var(--primary-ink)]" max={100} value={Math.round(progress * 100)} aria-label="Uploading photos" />
        </div>
      ) : null}
      <p className="text-[13px] text-muted-foreground">
        The seller reviews your request. If they accept it, a courier picks the parcel up from your delivery address and your refund follows once it reaches the seller.
      </p>
      <div className="flex flex-wrap gap-2">
        <Button type="submit" disabled={pending || !ready} className="w-full sm:w-auto">
          {pending ? (hasPhotos ? 'Sending photos…' : 'Sending…') : 'Request return'}
        </Button>
        <Button type="button" variant="ghost" onClick={() => router.push(orderHref)} disabled={pending || !ready}>
          Back to the order
        </Button>
      </div>
      <p aria-live="polite" className="sr-only">
        {pending ? 'Sending your return request.' : ''}
      </p>
    </form>
  )
}
