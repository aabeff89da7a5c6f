'use client'

import * as React from 'react'
import Link from 'next/link'
import { useRouter } from 'next/navigation'
import { Popover } from 'radix-ui'
import { BellIcon, CheckCheckIcon, RotateCwIcon, SettingsIcon } from 'lucide-react'
import { Button } from '@/components/ui/button'
import { Skeleton } from '@/components/ui/skeleton'
import type { NotificationItem as Item } from '@/lib/notifications/inbox'
import { cn } from '@/lib/utils'
import { loadLatestNotificationsAction, markAllNotificationsReadAction, markNotificationReadAction } from './actions'
import { NotificationItem } from './notification-item'

function badgeText(count: number): string {
  return count > 99 ? '99+' : String(count)
}

/**
 * The header bell: an unread badge from the server, and a popover whose list is fetched only
 * when it opens, so pages carry no notification data and little script.
 */
export function NotificationBell({ unreadCount, className }: { unreadCount: number; className?: string }) {
  const router = useRouter()
  const [unread, setUnread] = React.useState(unreadCount)
  // A server render (navigation, router.refresh) brings a fresh count; it wins over local state.
  const [serverCount, setServerCount] = React.useState(unreadCount)
  if (serverCount !== unreadCount) {
    setServerCount(unreadCount)
    setUnread(unreadCount)
  }
  const [open, setOpen] = React.useState(false)
  const [items, setItems] = React.useState<Item[] | null>(null)
  const [failed, setFailed] = React.useState(false)
  const [loading, setLoading] = React.useState(false)
  const [announcement, setAnnouncement] = React.useState('')
  const request = React.useRef(0)

  const load = React.useCallback(async () => {
    const id = ++request.current
    setLoading(true)
    setFailed(false)
    try {
      const result = await loadLatestNotificationsAction({})
      if (id !== request.current) return
      if (!result.ok) throw new Error(result.formError)
      setItems(result.data.items)
      setUnread(result.data.unread)
    } catch {
      if (id === request.current) setFailed(true)
    } finally {
      if (id === request.current) setLoading(false)
    }
  }, [])

  function onOpenChange(next: boolean) {
    setOpen(next)
    if (next) void load()
  }

  function openItem(item: Item) {
    setOpen(false)
    if (item.read) return
    setItems((list) => list?.map((i) => (i.id === item.id ? { ...i, read: true } : i)) ?? null)
    setUnread((n) => Math.max(0, n - 1))
    // Best effort: the person is already on their way to the linked page.
    void markNotificationReadAction({ id: item.id }).catch(() => undefined)
  }

  async function markAll() {
    const before = { items, unread }
    setItems((list) => list?.map((i) => ({ ...i, read: true })) ?? null)
    setUnread(0)
    try {
      const result = await markAllNotificationsReadAction({})
      if (!result.ok) throw new Error(result.formError)
      setAnnouncement('All notifications marked as read.')
      router.refresh()
    } catch {
      setItems(before.items)
      setUnread(before.unread)
      setAnnouncement('Could not mark your notifications as read. Try again.')
    }
  }

  const label = unread > 0 ? `Notifications, ${unread} unread` : 'Notifications'

  return (
    <>
      <Popover.Root open={open} onOpenChange={onOpenChange}>
        <Popover.Trigger asChild>
          <Button variant="ghost" size="icon" className={cn('relative rounded-full', className)} aria-label={label}>
            <BellIcon aria-hidden="true" className="size-5" />
            {unread > 0 ? (
              <span
                aria-hidden="true"
                className="absolute -top-0.5 -right-0.5 flex h-5 min-w-5 items-center justify-center rounded-full bg-live px-1 text-[11px] leading-none font-bold text-live-foreground tabular-nums ring-2 ring-background"
              >
                {badgeText(unread)}
              </span>
            ) : null}
          </Button>
        </Popover.Trigger>
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
              <Button type="button" variant="ghost" size="sm" onClick={markAll} disabled={unread === 0}>
                <CheckCheckIcon aria-hidden="true" /> Mark all read
              </Button>
            </div>
            <div className="min-h-0 flex-1 overflow-y-auto overscroll-contain p-2" aria-busy={loading && items === null}>
              <BellBody items={items} failed={failed} onRetry={load} onOpen={openItem} />
            </div>
            <div className="flex items-center justify-between gap-2 border-t px-2 py-2">
              <Button asChild variant="link" size="sm" className="px-2">
                <Link href="/account/notifications" onClick={() => setOpen(false)}>
                  See all notifications
                </Link>
              </Button>
              <Button asChild variant="ghost" size="icon" className="size-9">
                <Link href="/account/notifications/settings" onClick={() => setOpen(false)} aria-label="Email settings">
                  <SettingsIcon aria-hidden="true" />
                </Link>
              </Button>
            </div>
          </Popover.Content>
        </Popover.Portal>
      </Popover.Root>
      <p role="status" aria-live="polite" className="sr-only">
        {announcement}
      </p>
    </>
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
