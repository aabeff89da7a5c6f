'use client'

import { useRouter } from 'next/navigation'
import { useState } from 'react'
import { toast } from '@/components/ui/toast'
import { FormAlert } from '@/components/forms/form-alert'
import { useActionForm } from '@/components/forms/use-action-form'
import { postWithProgress } from '@/components/studio/upload-with-progress'
import { Button } from '@/components/ui/button'
import { FormField } from '@/components/ui/form-field'
import { Input } from '@/components/ui/input'
import { Textarea } from '@/components/ui/textarea'
import type { ActionResult } from '@/lib/actions/errors'
import { createReviewSchema, MAX_REVIEW_PHOTOS, REVIEW_BODY_MAX, type CreateReviewFormValues } from '@/lib/validations/review'
import { PhotoPicker } from '@/components/forms/photo-picker'
import { StarInput } from './star-input'

type Submitted = { reviewId: string; productSlug: string }

/** The multipart body POST /account/reviews/submit reads. */
function toFormData(values: CreateReviewFormValues): FormData {
  const body = new FormData()
  body.set('orderItemId', values.orderItemId)
  body.set('rating', String(values.rating))
  body.set('title', values.title ?? '')
  body.set('body', values.body ?? '')
  for (const photo of values.photos ?? []) body.append('photos', photo)
  return body
}

export function ReviewForm({ orderItemId, productTitle }: { orderItemId: string; productTitle: string }) {
  const router = useRouter()
  const [progress, setProgress] = useState<number | null>(null)
  const submit = async (values: CreateReviewFormValues): Promise<ActionResult<Submitted>> => {
    setProgress(0)
    try {
      return await postWithProgress<Submitted>('/account/reviews/submit', toFormData(values), setProgress)
    } finally {
      setProgress(null)
    }
  }
  const { form, onSubmit, formError, pending, ready } = useActionForm<CreateReviewFormValues, Submitted>({
    schema: createReviewSchema,
    action: submit,
    defaultValues: { orderItemId, rating: '', title: '', body: '', photos: [] },
    onSuccess: () => {
      toast.success(`Thank you! Your review of ${productTitle} is live.`)
      router.push('/account/reviews')
    },
  })
  const { errors } = form.formState
  const rating = Number(form.watch('rating')) || 0
  const photos = form.watch('photos') ?? []
  const bodyLength = (form.watch('body') ?? '').length
  const hasPhotos = photos.length > 0

  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-6">
      <FormAlert message={formError} />
      <StarInput registration={form.register('rating')} value={rating} error={errors.rating?.message} />
      <FormField label="Headline" description="Optional: sum it up in a few words." error={errors.title?.message}>
        <Input autoComplete="off" placeholder="Soft fabric, true colours" {...form.register('title')} />
      </FormField>
      <FormField
        label="Your review"
        description={`Optional. What did you like or not like? How was the fit, the finish, the packing? ${bodyLength.toLocaleString('en-IN')}/${REVIEW_BODY_MAX.toLocaleString('en-IN')}`}
        error={errors.body?.message}
      >
        <Textarea rows={6} {...form.register('body')} />
      </FormField>
      <PhotoPicker
        max={MAX_REVIEW_PHOTOS}
        subject="of what you received"
        files={photos}
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
        Your review shows your first name and last initial, and that you bought this item. Reviews that break our guidelines (abuse, advertising,
        personal details) are hidden.
      </p>
      <div className="flex flex-wrap gap-2">
        <Button type="submit" disabled={pending || !ready} className="w-full sm:w-auto">
          {pending ? (hasPhotos ? 'Sending photos…' : 'Posting…') : 'Post review'}
        </Button>
        <Button type="button" variant="ghost" onClick={() => router.back()} disabled={pending || !ready}>
          Cancel
        </Button>
      </div>
      <p aria-live="polite" className="sr-only">
        {pending ? 'Posting your review.' : ''}
      </p>
    </form>
  )
}
