import { PhoneIcon } from 'lucide-react'
import type { ReactNode } from 'react'
import { Badge } from '@/components/ui/badge'
import { formatIndianPhone } from '@/lib/utils'
import { addressLines, type SavedAddress } from '@/lib/validations/address'

/**
 * An address as a label: name, lines, phone, and a "Default" badge. Only spans, so it can sit
 * inside a <label> (the picker's radio options).
 */
export function AddressSummary({ address, badge = true }: { address: SavedAddress; badge?: boolean }) {
  return (
    <span className="grid min-w-0 gap-1 text-sm">
      <span className="flex flex-wrap items-center gap-2 font-semibold">
        <span className="break-words">{address.name}</span>
        {badge && address.isDefault ? <Badge variant="secondary">Default</Badge> : null}
      </span>
      <span className="grid gap-0.5 text-muted-foreground">
        {addressLines(address).map((line, i) => (
          <span key={i} className="block break-words">
            {line}
          </span>
        ))}
      </span>
      <span className="flex items-center gap-1.5 text-muted-foreground">
        <PhoneIcon aria-hidden="true" className="size-3.5" />
        <span className="sr-only">Mobile </span>
        {formatIndianPhone(address.phone)}
      </span>
    </span>
  )
}

/** A card around an address with room for its actions. */
export function AddressCard({ address, actions }: { address: SavedAddress; actions?: ReactNode }) {
  return (
    <article aria-label={`${address.name}, ${address.city}${address.isDefault ? ' (default)' : ''}`} className="grid gap-3 rounded-xl border bg-card p-4">
      <AddressSummary address={address} />
      {actions ? <div className="flex flex-wrap gap-2 border-t pt-3">{actions}</div> : null}
    </article>
  )
}
