'use client'

import { useState } from 'react'
import { FormAlert } from '@/components/forms/form-alert'
import { useActionForm } from '@/components/forms/use-action-form'
import { Button } from '@/components/ui/button'
import { Dialog, DialogClose, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle, DialogTrigger } from '@/components/ui/dialog'
import { FormField } from '@/components/ui/form-field'
import { Textarea } from '@/components/ui/textarea'
import { rejectReturnSchema, SELLER_ORDER_NOTE_MAX, type RejectReturnInput } from '@/lib/validations/seller-orders'
import { rejectReturnAction } from '@/app/(studio)/studio/[storeId]/orders/actions'

type Props = { storeId: string; orderId: string; orderNumber: string; disabled: boolean; onDone: (message: string) => void }

/** A rejected return needs a reason: the buyer reads it, and an admin reads it if they dispute. */
export function RejectReturnDialog({ storeId, orderId, orderNumber, disabled, onDone }: Props) {
  const [open, setOpen] = useState(false)
  const { form, onSubmit, formError, pending, ready } = useActionForm<RejectReturnInput, null>({
    schema: rejectReturnSchema,
    action: rejectReturnAction,
    defaultValues: { storeId, orderId, note: '' },
    onSuccess: () => {
      setOpen(false)
      onDone(`Return for order ${orderNumber} rejected. The buyer has been told why.`)
    },
  })
  return (
    <Dialog open={open} onOpenChange={(next) => !pending && setOpen(next)}>
      <DialogTrigger asChild>
        <Button type="button" variant="outline" disabled={disabled}>
          Reject return
        </Button>
      </DialogTrigger>
      <DialogContent>
        <form onSubmit={onSubmit} noValidate className="grid gap-4">
          <DialogHeader>
            <DialogTitle>Reject the return of order {orderNumber}?</DialogTitle>
            <DialogDescription>The order goes back to delivered and the buyer keeps the items. They can raise a dispute with Haat if they disagree.</DialogDescription>
          </DialogHeader>
          <FormAlert message={formError} />
          <FormField
            label="Reason for the buyer"
            description={`For example “The photos show the tag removed and the saree worn”. Up to ${SELLER_ORDER_NOTE_MAX} characters.`}
            error={form.formState.errors.note?.message}
            required
          >
            <Textarea rows={3} maxLength={SELLER_ORDER_NOTE_MAX} {...form.register('note')} />
          </FormField>
          <DialogFooter>
            <DialogClose asChild>
              <Button type="button" variant="ghost" disabled={pending || !ready}>
                Back
              </Button>
            </DialogClose>
            <Button type="submit" variant="destructive" disabled={pending || !ready}>
              {pending ? 'Rejecting…' : 'Confirm rejection'}
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  )
}
