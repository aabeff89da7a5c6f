'use client'

import Link from 'next/link'
import { Popover } from 'radix-ui'
import { CheckCheckIcon, RotateCwIcon, SettingsIcon } from 'lucide-react'
import { Button } from '@/components/ui/button'
import { Skeleton } from '@/components/ui/skeleton'
import type { NotificationItem as Item } from '@/lib/notifications/inbox'
import { NotificationItem } from './notification-item'

type NotificationPopoverProps = {
  open: boolean
  onOpenChange: (open: boolean) => void
  /** The header's bell button, which becomes the popover's trigger. */
  trigger: React.ReactElement
  items: Item[] | null
  unread: number
  loading: boolean
  failed: boolean
  onRetry: () => void
  onOpenItem: (item: Item) => void
  onMarkAll: () => void
}

/** The bell's popover (Radix, popper), loaded by NotificationBell when it is first opened. */
export function NotificationPopover({
  open,
  onOpenChange,
  trigger,
  items,
  unread,
  loading,
  failed,
  onRetry,
  onOpenItem,
  onMarkAll,
}: NotificationPopoverProps) {
  return (
    <Popover.Root open={open} onOpenChange={onOpenChange}>
      <Popover.Trigger asChild>{trigger}</Popover.Trigger>
      <Popover.Portal>
        <Popover.Content
          align="end"
          sideOffset={8}
          collisionPadding={12}
          aria-label="Notifications"
          className="z-50 flex max-h-[min(36rem,var(--radix-popover-content-available-height))] w-[min(24rem,calc(100vw-1.5rem))] origin-(--radix-popover-content-transform-origin) flex-col rounded-xl border bg-popover text-popover-foreground shadow-lg shadow-foreground/5 outline-none data-[state=closed]:animate-pop-out data-[state=open]:animate-pop-in"
        >
          <div className="flex items-center justify-between gap-2 border-b px-4 py-3">
            <h2 className="text-base font-semibold">Notifications</h2>
            <Button type="button" variant="ghost" size="sm" onClick={onMarkAll} disabled={unread === 0}>
              <CheckCheckIcon aria-hidden="true" /> Mark all read
            </Button>
          </div>
          <div className="min-h-0 flex-1 overflow-y-auto overscroll-contain p-2" aria-busy={loading && items === null}>
            <BellBody items={items} failed={failed} onRetry={onRetry} onOpen={onOpenItem} />
          </div>
          <div className="flex items-center justify-between gap-2 border-t px-2 py-2">
            <Button asChild variant="link" size="sm" className="px-2">
              <Link href="/account/notifications" onClick={() => onOpenChange(false)}>
                See all notifications
              </Link>
            </Button>
            <Button asChild variant="ghost" size="icon" className="size-9">
              <Link href="/account/notifications/settings" onClick={() => onOpenChange(false)} aria-label="Email settings">
                <SettingsIcon aria-hidden="true" />
              </Link>
            </Button>
          </div>
        </Popover.Content>
      </Popover.Portal>
    </Popover.Root>
  )
}

function BellBody({
  items,
  failed,
  onRetry,
  onOpen,
}: {
  items: Item[] | null
  failed: boolean
  onRetry: () => void
  onOpen: (item: Item) => void
}) {
  if (failed && items === null) {
    return (
      <div role="alert" className="flex flex-col items-center gap-3 px-4 py-8 text-center text-sm">
        <p>We couldn’t load your notifications. Check your connection and try again.</p>
        <Button type="button" variant="outline" size="sm" onClick={onRetry}>
          <RotateCwIcon aria-hidden="true" /> Try again
        </Button>
      </div>
    )
  }
  if (items === null) {
    return (
      <div className="grid gap-2 p-1">
        <span className="sr-only">Loading notifications…</span>
        {[0, 1, 2].map((i) => (
          <div key={i} className="flex gap-3 p-1.5">
            <Skeleton className="size-8 rounded-full" />
            <div className="grid flex-1 gap-2">
              <Skeleton className="h-4 w-3/4" />
              <Skeleton className="h-3 w-1/2" />
            </div>
          </div>
        ))}
      </div>
    )
  }
  if (items.length === 0) {
    return (
      <div className="px-4 py-10 text-center">
        <p className="font-medium">You’re all caught up</p>
        <p className="mt-1 text-sm text-muted-foreground">Updates about your orders will appear here.</p>
      </div>
    )
  }
  return (
    <ul className="grid gap-1" aria-label="Latest notifications">
      {items.map((item) => (
        <NotificationItem key={item.id} item={item} onOpen={onOpen} compact />
      ))}
    </ul>
  )
}
