import { Badge, type BadgeProps } from '@/components/ui/badge'
import { orderStatusLabel, type OrderStatus } from '@/lib/domain/order-state'

// Orders waiting for the seller stand out; finished ones recede.
const VARIANT: Record<OrderStatus, NonNullable<BadgeProps['variant']>> = {
  pending_payment: 'outline',
  confirmed: 'default',
  packed: 'default',
  shipped: 'secondary',
  out_for_delivery: 'secondary',
  delivered: 'success',
  cancelled: 'outline',
  return_requested: 'destructive',
  return_approved: 'secondary',
  returned: 'secondary',
  refunded: 'outline',
  rto: 'outline',
}

export function OrderStatusBadge({ status }: { status: OrderStatus }) {
  return <Badge variant={VARIANT[status]}>{orderStatusLabel(status)}</Badge>
}
