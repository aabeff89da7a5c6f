'use client'

import { useRouter } from 'next/navigation'
import { useState, useTransition } from 'react'
import { toast } from '@/components/ui/toast'
import { FormAlert } from '@/components/forms/form-alert'
import { useActionForm } from '@/components/forms/use-action-form'
import { Button } from '@/components/ui/button'
import { FormField } from '@/components/ui/form-field'
import { Textarea } from '@/components/ui/textarea'
import { hideReviewSchema, type HideReviewInput } from '@/lib/validations/review'
import { dismissReviewReportsAction, hideReviewAction, restoreReviewAction } from './moderation-actions'

type Props = { reviewId: string; label: string; status: 'visible' | 'hidden' }

/** Hide (with a note for the audit log) or dismiss the reports on a visible review; restore a hidden one. */
export function ModerationControls({ reviewId, label, status }: Props) {
  const router = useRouter()
  const [hiding, setHiding] = useState(false)
  const [busy, startTransition] = useTransition()
  const { form, onSubmit, formError, pending, ready } = useActionForm<HideReviewInput, { status: 'hidden' }>({
    schema: hideReviewSchema,
    action: hideReviewAction,
    defaultValues: { reviewId, note: '' },
    onSuccess: () => {
      toast.success(`${label} is hidden`)
      router.refresh()
    },
  })

  const run = (action: () => Promise<{ ok: boolean; formError?: string }>, done: string) =>
    startTransition(async () => {
      const result = await action()
      if (!result.ok) return void toast.error(result.formError ?? 'That did not work. Refresh the list and try again.')
      toast.success(done)
      router.refresh()
    })

  if (status === 'hidden') {
    return (
      <Button type="button" variant="outline" size="sm" disabled={busy} onClick={() => run(() => restoreReviewAction({ reviewId }), `${label} is visible again`)}>
        {busy ? 'Restoring…' : 'Restore review'}
        <span className="sr-only"> {label}</span>
      </Button>
    )
  }
  if (hiding) {
    return (
      <form onSubmit={onSubmit} noValidate className="grid w-full gap-2">
        <FormAlert message={formError} />
        <FormField label="Note for the audit log" description="Optional. Why it breaks the guidelines." error={form.formState.errors.note?.message}>
          <Textarea rows={2} autoFocus {...form.register('note')} />
        </FormField>
        <div className="flex flex-wrap gap-2">
          <Button type="submit" variant="destructive" size="sm" disabled={pending || !ready}>
            {pending ? 'Hiding…' : 'Hide review'}
            <span className="sr-only"> {label}</span>
          </Button>
          <Button type="button" variant="ghost" size="sm" onClick={() => setHiding(false)}>
            Cancel
          </Button>
        </div>
      </form>
    )
  }
  return (
    <div className="flex flex-wrap gap-2">
      <Button type="button" variant="destructive" size="sm" onClick={() => setHiding(true)}>
        Hide…<span className="sr-only"> {label}</span>
      </Button>
      <Button type="button" variant="outline" size="sm" disabled={busy} onClick={() => run(() => dismissReviewReportsAction({ reviewId }), `Reports on ${label} dismissed`)}>
        {busy ? 'Dismissing…' : 'Dismiss reports'}
        <span className="sr-only"> on {label}</span>
      </Button>
    </div>
  )
}
