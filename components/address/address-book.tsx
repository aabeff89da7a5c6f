'use client'

import { MapPinnedIcon, PencilIcon, PlusIcon, StarIcon, Trash2Icon } from 'lucide-react'
import { useRouter } from 'next/navigation'
import { useRef, useState, useTransition } from 'react'
import { toast } from '@/components/ui/toast'
import { EmptyState } from '@/components/layout/empty-state'
import { Button } from '@/components/ui/button'
import { Dialog, DialogClose, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from '@/components/ui/dialog'
import { MAX_ADDRESSES, type SaveAddressInput, type SavedAddress } from '@/lib/validations/address'
import { deleteAddressAction, setDefaultAddressAction } from './actions'
import { AddressCard } from './address-card'
import { AddressForm } from './address-form'

type Props = {
  addresses: SavedAddress[]
  defaults?: Partial<Pick<SaveAddressInput, 'name' | 'phone'>>
}

/** The account's address book: add, edit, delete and choose the default, all in place. */
export function AddressBook({ addresses, defaults }: Props) {
  const router = useRouter()
  // 'new', an address id being edited, or null.
  const [editing, setEditing] = useState<string | null>(null)
  const [deleting, setDeleting] = useState<SavedAddress | null>(null)
  const [pending, startTransition] = useTransition()
  const [status, setStatus] = useState('')
  const addButton = useRef<HTMLButtonElement>(null)
  const full = addresses.length >= MAX_ADDRESSES

  const done = (message: string) => {
    setStatus(message)
    toast.success(message)
    router.refresh()
  }

  const closeForm = () => {
    setEditing(null)
    requestAnimationFrame(() => addButton.current?.focus())
  }

  const makeDefault = (address: SavedAddress) =>
    startTransition(async () => {
      const result = await setDefaultAddressAction({ addressId: address.id })
      if (!result.ok) return void toast.error(result.formError ?? 'Could not change your default address.')
      done(`${address.name}, ${address.city} is now your default address`)
    })

  const remove = (address: SavedAddress) =>
    startTransition(async () => {
      const result = await deleteAddressAction({ addressId: address.id })
      setDeleting(null)
      if (!result.ok) return void toast.error(result.formError ?? 'Could not delete the address.')
      done('Address deleted')
      requestAnimationFrame(() => addButton.current?.focus())
    })

  return (
    <div className="grid gap-4">
      <p className="sr-only" role="status" aria-live="polite">
        {status}
      </p>
      {editing === 'new' ? (
        <section aria-labelledby="new-address-heading" className="grid gap-3 rounded-xl border bg-card p-4 sm:p-6">
          <h2 id="new-address-heading" className="text-lg font-semibold">
            New address
          </h2>
          <AddressForm
            defaults={defaults}
            autoFocus
            onCancel={closeForm}
            onSaved={() => {
              closeForm()
              done('Address saved')
            }}
          />
        </section>
      ) : full ? (
        <p className="text-sm text-muted-foreground">You have {MAX_ADDRESSES} saved addresses, the most we keep. Delete one you no longer use to add another.</p>
      ) : addresses.length > 0 ? (
        <Button ref={addButton} type="button" className="justify-self-start" onClick={() => setEditing('new')}>
          <PlusIcon aria-hidden="true" /> Add a new address
        </Button>
      ) : null}

      {addresses.length === 0 ? (
        editing === 'new' ? null : (
          <EmptyState
            icon={MapPinnedIcon}
            title="No saved addresses yet"
            description="Save where you want your orders delivered, and checkout picks it for you."
            action={
              <Button ref={addButton} type="button" onClick={() => setEditing('new')}>
                <PlusIcon aria-hidden="true" /> Add an address
              </Button>
            }
          />
        )
      ) : (
        <ul className="grid gap-3 md:grid-cols-2">
          {addresses.map((address) =>
            editing === address.id ? (
              <li key={address.id} className="rounded-xl border bg-card p-4 md:col-span-2">
                <h2 className="mb-3 text-lg font-semibold">Edit address</h2>
                <AddressForm
                  address={address}
                  autoFocus
                  onCancel={closeForm}
                  onSaved={() => {
                    closeForm()
                    done('Address updated')
                  }}
                />
              </li>
            ) : (
              <li key={address.id} className="grid">
                <AddressCard
                  address={address}
                  actions={
                    <>
                      <Button type="button" variant="outline" size="sm" onClick={() => setEditing(address.id)} aria-label={`Edit ${address.name}, ${address.city}`}>
                        <PencilIcon aria-hidden="true" /> Edit
                      </Button>
                      {address.isDefault ? null : (
                        <Button type="button" variant="ghost" size="sm" disabled={pending} onClick={() => makeDefault(address)} aria-label={`Make ${address.name}, ${address.city} your default address`}>
                          <StarIcon aria-hidden="true" /> Make default
                        </Button>
                      )}
                      <Button type="button" variant="ghost" size="sm" className="text-destructive hover:text-destructive sm:ml-auto" onClick={() => setDeleting(address)} aria-label={`Delete ${address.name}, ${address.city}`}>
                        <Trash2Icon aria-hidden="true" /> Delete
                      </Button>
                    </>
                  }
                />
              </li>
            ),
          )}
        </ul>
      )}

      <Dialog open={deleting !== null} onOpenChange={(open) => (open ? null : setDeleting(null))}>
        <DialogContent>
          <DialogHeader>
            <DialogTitle>Delete this address?</DialogTitle>
            <DialogDescription>
              {deleting ? `${deleting.name}, ${deleting.line1}, ${deleting.city} ${deleting.pin}.` : null}
              {deleting?.isDefault && addresses.length > 1 ? ' Another of your addresses becomes the default.' : null} Orders already placed keep their address.
            </DialogDescription>
          </DialogHeader>
          <DialogFooter>
            <DialogClose asChild>
              <Button type="button" variant="ghost">
                Keep it
              </Button>
            </DialogClose>
            <Button type="button" variant="destructive" disabled={pending} onClick={() => deleting && remove(deleting)}>
              {pending ? 'Deleting…' : 'Delete address'}
            </Button>
          </DialogFooter>
        </DialogContent>
      </Dialog>
    </div>
  )
}
