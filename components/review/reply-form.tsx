'use client'

import { PencilIcon, StoreIcon } from 'lucide-react'
import { useRouter } from 'next/navigation'
import { useState } from 'react'
import { toast } from '@/components/ui/toast'
import { FormAlert } from '@/components/forms/form-alert'
import { useActionForm } from '@/components/forms/use-action-form'
import { Button } from '@/components/ui/button'
import { FormField } from '@/components/ui/form-field'
import { Textarea } from '@/components/ui/textarea'
import { REVIEW_REPLY_MAX, replyToReviewSchema, type ReplyToReviewInput } from '@/lib/validations/review'
import { replyToReviewAction } from './actions'

type Props = { storeId: string; reviewId: string; author: string; reply: string | null; readOnly: boolean }

/** The store's public reply under a review: shown, edited in place, or written for the first time. */
export function ReplyForm({ storeId, reviewId, author, reply, readOnly }: Props) {
  const router = useRouter()
  const [saved, setSaved] = useState(reply)
  const [editing, setEditing] = useState(false)
  const { form, onSubmit, formError, pending, ready } = useActionForm<ReplyToReviewInput, { reply: string }>({
    schema: replyToReviewSchema,
    action: replyToReviewAction,
    defaultValues: { storeId, reviewId, reply: reply ?? '' },
    onSuccess: (data) => {
      setSaved(data.reply)
      setEditing(false)
      toast.success(`Reply to ${author} posted`)
      router.refresh()
    },
  })

  if (saved && !editing) {
    return (
      <div className="grid gap-2 rounded-lg border-l-4 border-primary bg-accent/60 px-3 py-2 text-sm">
        <p className="flex items-center gap-2 font-medium">
          <StoreIcon aria-hidden="true" className="size-4" /> Your reply
        </p>
        <p className="break-words whitespace-pre-line">{saved}</p>
        {readOnly ? null : (
          <Button type="button" variant="ghost" size="sm" className="w-fit" onClick={() => setEditing(true)}>
            <PencilIcon aria-hidden="true" /> Edit reply<span className="sr-only"> to {author}</span>
          </Button>
        )}
      </div>
    )
  }
  if (readOnly) return null
  if (!editing) {
    return (
      <Button type="button" variant="outline" size="sm" className="w-fit" onClick={() => setEditing(true)}>
        Reply<span className="sr-only"> to {author}</span>
      </Button>
    )
  }
  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-2">
      <FormAlert message={formError} />
      <FormField
        label={`Reply to ${author}`}
        description={`Everyone who reads the review sees your reply. Be helpful and polite; up to ${REVIEW_REPLY_MAX.toLocaleString('en-IN')} characters.`}
        error={form.formState.errors.reply?.message}
        required
      >
        <Textarea rows={3} autoFocus {...form.register('reply')} />
      </FormField>
      <div className="flex flex-wrap gap-2">
        <Button type="submit" size="sm" disabled={pending || !ready}>
          {pending ? 'Posting…' : saved ? 'Save reply' : 'Post reply'}
        </Button>
        <Button type="button" variant="ghost" size="sm" onClick={() => setEditing(false)}>
          Cancel
        </Button>
      </div>
    </form>
  )
}
