'use client'

import { useRouter } from 'next/navigation'
import { useState, useTransition } from 'react'
import { toast } from '@/components/ui/toast'
import { FormAlert } from '@/components/forms/form-alert'
import { useActionForm } from '@/components/forms/use-action-form'
import { Button } from '@/components/ui/button'
import { FormField } from '@/components/ui/form-field'
import { Textarea } from '@/components/ui/textarea'
import { suspendProductSchema, type SuspendProductInput } from '@/lib/validations/product-operations'
import { restoreProductAction, suspendProductAction } from './product-actions'

/** Suspend with a reason the seller sees, or lift a suspension. */
export function ProductModeration({ productId, title, suspended }: { productId: string; title: string; suspended: boolean }) {
  const router = useRouter()
  const [open, setOpen] = useState(false)
  const [restoring, startRestore] = useTransition()
  const { form, onSubmit, formError, pending, ready } = useActionForm<SuspendProductInput, { suspended: boolean }>({
    schema: suspendProductSchema,
    action: suspendProductAction,
    defaultValues: { productId, reason: '' },
    onSuccess: () => {
      toast.success(`${title} is suspended`)
      setOpen(false)
      router.refresh()
    },
  })

  if (suspended) {
    return (
      <Button
        type="button"
        variant="outline"
        size="sm"
        disabled={restoring}
        onClick={() =>
          startRestore(async () => {
            const result = await restoreProductAction({ productId })
            if (!result.ok) return void toast.error(result.formError ?? 'Could not restore it.')
            toast.success(`${title} is restored`)
            router.refresh()
          })
        }
      >
        {restoring ? 'Restoring…' : `Restore ${title}`}
      </Button>
    )
  }
  if (!open) {
    return (
      <Button type="button" variant="outline" size="sm" onClick={() => setOpen(true)}>
        Suspend…
      </Button>
    )
  }
  return (
    <form onSubmit={onSubmit} noValidate className="grid w-full gap-2">
      <FormAlert message={formError} />
      <FormField label="Reason for suspending" description="The seller sees this." error={form.formState.errors.reason?.message} required>
        <Textarea rows={2} autoFocus {...form.register('reason')} />
      </FormField>
      <div className="flex flex-wrap gap-2">
        <Button type="submit" variant="destructive" size="sm" disabled={pending || !ready}>
          {pending ? 'Suspending…' : `Suspend ${title}`}
        </Button>
        <Button type="button" variant="ghost" size="sm" onClick={() => setOpen(false)}>
          Cancel
        </Button>
      </div>
    </form>
  )
}
