import { Badge } from '@/components/ui/badge'
import type { OrderStatus } from '@/lib/domain/order-state'
import { statusBadgeVariant } from './order-format'

export function OrderStatusBadge({ status, label, className }: { status: OrderStatus; label: string; className?: string }) {
  return (
    <Badge variant={statusBadgeVariant(status)} className={className}>
      {label}
    </Badge>
  )
}
