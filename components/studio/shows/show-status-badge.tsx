import { RadioIcon } from 'lucide-react'
import { Badge } from '@/components/ui/badge'
import { SHOW_STATUS_LABELS, type ShowStatus } from '@/lib/domain/show-state'

export function ShowStatusBadge({ status }: { status: ShowStatus }) {
  if (status === 'live') {
    return (
      <Badge variant="live" className="gap-1">
        <RadioIcon aria-hidden="true" className="size-3" /> Live
      </Badge>
    )
  }
  return <Badge variant={status === 'scheduled' ? 'default' : status === 'ended' ? 'secondary' : 'outline'}>{SHOW_STATUS_LABELS[status]}</Badge>
}
