import { Badge } from '@/components/ui/badge'

const LABELS = {
  pending: { label: 'Pending approval', variant: 'secondary' },
  approved: { label: 'Approved', variant: 'success' },
  rejected: { label: 'Rejected', variant: 'destructive' },
  suspended: { label: 'Suspended', variant: 'destructive' },
} as const

export function StoreStatusBadge({ status }: { status: keyof typeof LABELS }) {
  const { label, variant } = LABELS[status]
  return <Badge variant={variant}>{label}</Badge>
}
