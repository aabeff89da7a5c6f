'use client'

import { FormAlert } from '@/components/forms/form-alert'
import { Button } from '@/components/ui/button'
import { Dialog, DialogClose, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle, DialogTrigger } from '@/components/ui/dialog'
import { formatINR } from '@/lib/utils'
import type { SellerOrderCommand } from '@/lib/validations/seller-orders'
import { approveReturnAction, packOrderAction, receiveReturnAction, shipOrderAction } from '@/app/(studio)/studio/[storeId]/orders/actions'
import { CancelOrderDialog } from './cancel-order-dialog'
import { RejectReturnDialog } from './reject-return-dialog'
import { useOrderCommand } from './use-order-command'

type Props = {
  storeId: string
  orderId: string
  orderNumber: string
  prepaid: boolean
  totalPaise: number
  commands: SellerOrderCommand[]
  /** What to do next, shown above the buttons. */
  hint: string
  /** Shown when the state allows a step this member's role may not take. */
  roleNote: string | null
}

/** The buttons the order's state allows, with their progress, errors and results announced. */
export function OrderActions({ storeId, orderId, orderNumber, prepaid, totalPaise, commands, hint, roleNote }: Props) {
  const { run, succeed, pending, running, error, message } = useOrderCommand()
  const ref = { storeId, orderId }
  const can = (c: SellerOrderCommand) => commands.includes(c)

  return (
    <section aria-labelledby="order-next" className="grid gap-3 rounded-xl border bg-card p-4">
      <h2 id="order-next" className="font-semibold">
        Next step
      </h2>
      <p className="text-sm text-muted-foreground">{hint}</p>
      {roleNote ? <p className="text-sm text-muted-foreground">{roleNote}</p> : null}
      <FormAlert message={error} />
      {commands.length > 0 ? (
        <div className="flex flex-wrap gap-2">
          {can('pack') ? (
            <Button type="button" variant={can('ship') ? 'outline' : 'default'} disabled={pending} onClick={() => run('pack', () => packOrderAction(ref), () => `Order ${orderNumber} marked packed. Ship it when the box is ready.`)}>
              {running === 'pack' ? 'Saving…' : 'Pack order'}
            </Button>
          ) : null}
          {can('ship') ? (
            <Button
              type="button"
              disabled={pending}
              aria-busy={running === 'ship' || undefined}
              onClick={() =>
                run('ship', () => shipOrderAction(ref), (s) => `Shipped${s.courier ? ` with ${s.courier}` : ''}${s.awb ? `, AWB ${s.awb}` : ''}. Print the label and stick it on the box before the pickup.`)
              }
            >
              {running === 'ship' ? 'Booking courier…' : 'Ship order'}
            </Button>
          ) : null}
          {can('approve_return') ? (
            <Button type="button" disabled={pending} onClick={() => run('approve', () => approveReturnAction({ ...ref, note: '' }), () => `Return approved. We are booking a pickup from the buyer.`)}>
              {running === 'approve' ? 'Approving…' : 'Approve return'}
            </Button>
          ) : null}
          {can('reject_return') ? <RejectReturnDialog storeId={storeId} orderId={orderId} orderNumber={orderNumber} disabled={pending} onDone={succeed} /> : null}
          {can('receive_return') ? (
            <ReceiveReturnDialog
              orderNumber={orderNumber}
              prepaid={prepaid}
              totalPaise={totalPaise}
              pending={pending}
              busy={running === 'receive'}
              onConfirm={() =>
                run('receive', () => receiveReturnAction(ref), () => (prepaid ? `Return received. The buyer is being refunded ${formatINR(totalPaise)}.` : 'Return received. The refund is recorded for bank transfer.'))
              }
            />
          ) : null}
          {can('cancel') ? <CancelOrderDialog storeId={storeId} orderId={orderId} orderNumber={orderNumber} prepaid={prepaid} totalPaise={totalPaise} onDone={succeed} /> : null}
        </div>
      ) : null}
      {/* Always in the page, so screen readers hear progress and results as they change. */}
      <p role="status" aria-live="polite" className="text-sm font-medium">
        {running === 'ship' ? 'Booking the courier, AWB number, pickup and label. This can take a few seconds…' : message}
      </p>
    </section>
  )
}

type ReceiveProps = { orderNumber: string; prepaid: boolean; totalPaise: number; pending: boolean; busy: boolean; onConfirm: () => void }

function ReceiveReturnDialog({ orderNumber, prepaid, totalPaise, pending, busy, onConfirm }: ReceiveProps) {
  return (
    <Dialog>
      <DialogTrigger asChild>
        <Button type="button" disabled={pending}>
          {busy ? 'Saving…' : 'Mark return received'}
        </Button>
      </DialogTrigger>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>Has the parcel for order {orderNumber} reached you?</DialogTitle>
          <DialogDescription>
            {prepaid
              ? `Confirming refunds the buyer ${formatINR(totalPaise)} to the way they paid, straight away.`
              : `This was a cash-on-delivery order: a refund of ${formatINR(totalPaise)} is recorded for Haat to send by bank transfer.`}{' '}
            Check the items first; this cannot be undone.
          </DialogDescription>
        </DialogHeader>
        <DialogFooter>
          <DialogClose asChild>
            <Button type="button" variant="ghost">
              Not yet
            </Button>
          </DialogClose>
          <DialogClose asChild>
            <Button type="button" disabled={pending} onClick={onConfirm}>
              Confirm received
            </Button>
          </DialogClose>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  )
}
