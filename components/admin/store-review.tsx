'use client'

import { useRouter } from 'next/navigation'
import { useState } from 'react'
import { toast } from '@/components/ui/toast'
import { FormAlert } from '@/components/forms/form-alert'
import { useActionForm } from '@/components/forms/use-action-form'
import { Button } from '@/components/ui/button'
import { FormField } from '@/components/ui/form-field'
import { Textarea } from '@/components/ui/textarea'
import { reviewStoreSchema, type ReviewStoreInput } from '@/lib/validations/admin'
import { reviewStoreAction } from './actions'

export function StoreReview({ storeId, storeName }: { storeId: string; storeName: string }) {
  const router = useRouter()
  const [rejecting, setRejecting] = useState(false)
  const { form, onSubmit, formError, pending, ready } = useActionForm<ReviewStoreInput, { decision: 'approve' | 'reject' }>({
    schema: reviewStoreSchema,
    action: reviewStoreAction,
    defaultValues: { storeId, decision: 'approve', reason: '' },
    onSuccess: ({ decision }) => {
      toast.success(decision === 'approve' ? `${storeName} is approved` : `${storeName} is rejected`)
      router.refresh()
    },
  })

  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-3">
      <FormAlert message={formError} />
      {rejecting ? (
        <FormField label="Reason for rejecting" description="The seller sees this." error={form.formState.errors.reason?.message} required>
          <Textarea rows={2} {...form.register('reason')} />
        </FormField>
      ) : null}
      <div className="flex flex-wrap gap-2">
        {rejecting ? (
          <>
            <Button type="submit" variant="destructive" disabled={pending || !ready} onClick={() => form.setValue('decision', 'reject')}>
              Reject {storeName}
            </Button>
            <Button type="button" variant="ghost" onClick={() => setRejecting(false)}>
              Cancel
            </Button>
          </>
        ) : (
          <>
            <Button type="submit" disabled={pending || !ready} onClick={() => form.setValue('decision', 'approve')}>
              Approve {storeName}
            </Button>
            <Button type="button" variant="outline" onClick={() => setRejecting(true)}>
              Reject…
            </Button>
          </>
        )}
      </div>
    </form>
  )
}
