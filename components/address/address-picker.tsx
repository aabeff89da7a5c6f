'use client'

import { PlusIcon } from 'lucide-react'
import { useId, useRef, useState } from 'react'
import { Button } from '@/components/ui/button'
import { MAX_ADDRESSES, type SaveAddressInput, type SavedAddress } from '@/lib/validations/address'
import { AddressSummary } from './address-card'
import { AddressForm } from './address-form'

export type AddressPickerProps = {
  addresses: SavedAddress[]
  selectedId: string | null
  onSelect: (addressId: string) => void
  /** Called with the new address once it is saved; the picker then selects it too. */
  onAdded: (address: SavedAddress) => void
  /** Prefills for a new address (the account's name and mobile). */
  defaults?: Partial<Pick<SaveAddressInput, 'name' | 'phone'>>
  legend?: string
  disabled?: boolean
}

/**
 * Choose one saved address, or add one inline (the checkout embeds this). A radio group: arrow
 * keys move between addresses. With no saved address, the form is open from the start.
 * Must not sit inside a <form>: the inline address form is one.
 */
export function AddressPicker({ addresses, selectedId, onSelect, onAdded, defaults, legend = 'Delivery address', disabled = false }: AddressPickerProps) {
  const name = useId()
  const formHeadingId = useId()
  const [adding, setAdding] = useState(false)
  const addButton = useRef<HTMLButtonElement>(null)
  const open = adding || addresses.length === 0
  const full = addresses.length >= MAX_ADDRESSES

  return (
    <div className="grid gap-3">
      {addresses.length > 0 ? (
        <fieldset className="grid min-w-0 gap-2" disabled={disabled}>
          <legend className="mb-1 text-base font-semibold">{legend}</legend>
          {addresses.map((address) => (
            <label
              key={address.id}
              className="flex cursor-pointer gap-3 rounded-xl border bg-card p-3 has-[:checked]:border-primary-ink has-[:checked]:bg-accent has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-ring has-[:disabled]:cursor-not-allowed"
            >
              <input
                type="radio"
                name={name}
                value={address.id}
                checked={selectedId === address.id}
                onChange={() => onSelect(address.id)}
                className="mt-1 size-4 shrink-0 accent-[var(--primary-ink)]"
              />
              <AddressSummary address={address} />
            </label>
          ))}
        </fieldset>
      ) : null}

      {open ? (
        <section aria-labelledby={formHeadingId} className="grid gap-3 rounded-xl border bg-card p-4">
          <h3 id={formHeadingId} className="text-base font-semibold">
            {addresses.length === 0 ? 'Add a delivery address' : 'New address'}
          </h3>
          <AddressForm
            defaults={defaults}
            submitLabel="Save and deliver here"
            autoFocus={adding}
            onCancel={
              addresses.length > 0
                ? () => {
                    setAdding(false)
                    requestAnimationFrame(() => addButton.current?.focus())
                  }
                : undefined
            }
            onSaved={(address) => {
              setAdding(false)
              onAdded(address)
              onSelect(address.id)
            }}
          />
        </section>
      ) : full ? (
        <p className="text-sm text-muted-foreground">You have {MAX_ADDRESSES} saved addresses, the most we keep. Remove one in your account to add another.</p>
      ) : (
        <Button ref={addButton} type="button" variant="outline" className="justify-self-start" onClick={() => setAdding(true)} disabled={disabled}>
          <PlusIcon aria-hidden="true" /> Add a new address
        </Button>
      )}
    </div>
  )
}
