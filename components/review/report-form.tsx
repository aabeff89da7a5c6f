'use client'

import { useRouter } from 'next/navigation'
import { useId } from 'react'
import { toast } from '@/components/ui/toast'
import { FormAlert } from '@/components/forms/form-alert'
import { useActionForm } from '@/components/forms/use-action-form'
import { Button } from '@/components/ui/button'
import { FormField } from '@/components/ui/form-field'
import { Textarea } from '@/components/ui/textarea'
import { cn } from '@/lib/utils'
import { REPORT_REASON_LABELS, REPORT_REASONS, reportReviewSchema, type ReportReviewFormValues } from '@/lib/validations/review'
import { reportReviewAction } from './actions'

export function ReportForm({ reviewId, returnTo }: { reviewId: string; returnTo: string }) {
  const router = useRouter()
  const id = useId()
  const { form, onSubmit, formError, pending, ready } = useActionForm<ReportReviewFormValues, { reported: true }>({
    schema: reportReviewSchema,
    action: reportReviewAction,
    defaultValues: { reviewId, reason: undefined, details: '' },
    onSuccess: () => {
      toast.success('Thank you. Our moderators will look at this review.')
      router.push(returnTo)
    },
  })
  const { errors } = form.formState
  const other = form.watch('reason') === 'other'

  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-6">
      <FormAlert message={formError} />
      <fieldset aria-describedby={errors.reason ? `${id}-reason-error` : undefined} className="grid gap-2">
        <legend className={cn('mb-2 text-sm font-medium', errors.reason && 'text-destructive')}>
          What is wrong with this review?
          <span aria-hidden="true" className="ml-0.5 text-destructive">
            *
          </span>
        </legend>
        {REPORT_REASONS.map((reason) => (
          <label
            key={reason}
            className="flex min-h-11 cursor-pointer items-center gap-3 rounded-lg border bg-card px-3 py-2 text-sm has-[:checked]:border-primary-ink has-[:checked]:bg-accent has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-ring"
          >
            <input type="radio" value={reason} className="size-4 accent-[var(--primary-ink)]" {...form.register('reason')} />
            {REPORT_REASON_LABELS[reason]}
          </label>
        ))}
        {errors.reason ? (
          <p id={`${id}-reason-error`} role="alert" className="text-[13px] font-medium text-destructive">
            {errors.reason.message}
          </p>
        ) : null}
      </fieldset>
      <FormField
        label={other ? 'Tell us more' : 'Anything to add? (optional)'}
        description="Only our moderators see this."
        error={errors.details?.message}
        required={other}
      >
        <Textarea rows={3} {...form.register('details')} />
      </FormField>
      <div className="flex flex-wrap gap-2">
        <Button type="submit" disabled={pending || !ready}>
          {pending ? 'Sending…' : 'Send report'}
        </Button>
        <Button type="button" variant="ghost" onClick={() => router.push(returnTo)}>
          Cancel
        </Button>
      </div>
    </form>
  )
}
