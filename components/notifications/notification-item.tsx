import Link from 'next/link'
import {
  BellIcon,
  CircleXIcon,
  IndianRupeeIcon,
  PackageCheckIcon,
  PackageIcon,
  ShoppingBagIcon,
  TruckIcon,
  Undo2Icon,
  type LucideIcon,
} from 'lucide-react'
import { Button } from '@/components/ui/button'
import type { NotificationItem as Item } from '@/lib/notifications/inbox'
import { cn } from '@/lib/utils'

const ICONS: Record<string, LucideIcon> = {
  'order.placed': PackageIcon,
  'order.shipped': TruckIcon,
  'order.out_for_delivery': TruckIcon,
  'order.delivered': PackageCheckIcon,
  'order.cancelled': CircleXIcon,
  'refund.issued': IndianRupeeIcon,
  'return.decided': Undo2Icon,
  'seller.order.placed': ShoppingBagIcon,
  'seller.order.cancelled': CircleXIcon,
  'seller.return.requested': Undo2Icon,
}

type Props = {
  item: Item
  /** Called when the person follows the notification's link (mark it read). */
  onOpen?: (item: Item) => void
  /** Shows a "Mark as read" button on unread items. */
  onMarkRead?: (item: Item) => void
  compact?: boolean
}

/** One notification: unread ones are tinted, bold and dotted; the whole row follows its link. */
export function NotificationItem({ item, onOpen, onMarkRead, compact = false }: Props) {
  const Icon = ICONS[item.type] ?? BellIcon
  const title = (
    <>
      {item.read ? null : <span className="sr-only">Unread: </span>}
      {item.title}
    </>
  )
  return (
    <li
      data-read={item.read || undefined}
      className={cn(
        'relative flex gap-3 rounded-xl transition-colors',
        compact ? 'p-2.5' : 'p-3 sm:p-4',
        item.read ? 'hover:bg-accent/50' : 'bg-accent/60 hover:bg-accent',
        'has-[a:focus-visible]:ring-2 has-[a:focus-visible]:ring-ring',
      )}
    >
      <span
        aria-hidden="true"
        className={cn(
          'flex shrink-0 items-center justify-center rounded-full',
          compact ? 'size-8' : 'size-10',
          item.read ? 'bg-muted text-muted-foreground' : 'bg-primary/15 text-primary-ink',
        )}
      >
        <Icon className={compact ? 'size-4' : 'size-5'} />
      </span>
      <div className="min-w-0 flex-1">
        <p className={cn('text-sm leading-snug text-pretty', item.read ? 'font-normal text-foreground/80' : 'font-semibold text-foreground')}>
          {item.href ? (
            // The link's ::after covers the row, so the whole item is one click target.
            <Link href={item.href} onClick={() => onOpen?.(item)} className="outline-none after:absolute after:inset-0 after:rounded-xl">
              {title}
            </Link>
          ) : (
            title
          )}
        </p>
        {item.body ? (
          <p className={cn('mt-0.5 text-sm text-muted-foreground', compact && 'line-clamp-2')}>{item.body}</p>
        ) : null}
        <p className="mt-1 text-xs text-muted-foreground">
          <time dateTime={item.createdAt}>{item.when}</time>
        </p>
      </div>
      <div className="flex shrink-0 flex-col items-end gap-2">
        {item.read ? null : <span aria-hidden="true" className="mt-1.5 size-2.5 rounded-full bg-live" />}
        {!item.read && onMarkRead ? (
          <Button
            type="button"
            variant="ghost"
            size="sm"
            // Above the row link, so it is its own target.
            className="relative z-10 h-8 px-2 text-xs"
            onClick={() => onMarkRead(item)}
            aria-label={`Mark “${item.title}” as read`}
          >
            Mark as read
          </Button>
        ) : null}
      </div>
    </li>
  )
}
