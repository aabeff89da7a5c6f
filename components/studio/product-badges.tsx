import { Badge } from '@/components/ui/badge'

const VISIBILITY = {
  draft: { label: 'Draft', variant: 'secondary' },
  private: { label: 'Private', variant: 'outline' },
  public: { label: 'Public', variant: 'success' },
} as const

type Props = {
  visibility: keyof typeof VISIBILITY
  status: 'active' | 'archived' | 'suspended'
  stock?: number
  lowStockItems?: number
  variantCount?: number
}

/** Visibility, then whatever keeps the product off the storefront or needs stock. */
export function ProductBadges({ visibility, status, stock, lowStockItems, variantCount = 0 }: Props) {
  const v = VISIBILITY[visibility]
  return (
    <span className="flex flex-wrap gap-1">
      {status === 'suspended' ? <Badge variant="destructive">Suspended</Badge> : null}
      {status === 'archived' ? <Badge variant="outline">Archived</Badge> : <Badge variant={v.variant}>{v.label}</Badge>}
      {status === 'archived' ? null : stock === 0 ? (
        <Badge variant="destructive">Out of stock</Badge>
      ) : lowStockItems ? (
        <Badge variant="outline" className="border-destructive/50 text-destructive">
          {variantCount > 0 ? `${lowStockItems} ${lowStockItems === 1 ? 'variant' : 'variants'} low` : 'Low stock'}
        </Badge>
      ) : null}
    </span>
  )
}
