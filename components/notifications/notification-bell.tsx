'use client'

import * as React from 'react'
import { useRouter } from 'next/navigation'
import { BellIcon } from 'lucide-react'
import { Button } from '@/components/ui/button'
import type { NotificationItem as Item } from '@/lib/notifications/inbox'
import { cn } from '@/lib/utils'
import { loadLatestNotificationsAction, markAllNotificationsReadAction, markNotificationReadAction } from './actions'

const loadPopover = () => import('./notification-popover')
const NotificationPopover = React.lazy(() => loadPopover().then((m) => ({ default: m.NotificationPopover })))

function badgeText(count: number): string {
  return count > 99 ? '99+' : String(count)
}

/**
 * The header bell: an unread badge from the server, and a popover whose list is fetched only
 * when it opens, so pages carry no notification data and little script: the popover's own code
 * (Radix, popper) is fetched when the bell is hovered, focused or first clicked.
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
  const [popoverWanted, setPopoverWanted] = React.useState(false)
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

  const face = (
    <>
      <BellIcon aria-hidden="true" className="size-5" />
      {unread > 0 ? (
        <span
          aria-hidden="true"
          className="absolute -top-0.5 -right-0.5 flex h-5 min-w-5 items-center justify-center rounded-full bg-live px-1 text-[11px] leading-none font-bold text-live-foreground tabular-nums ring-2 ring-background"
        >
          {badgeText(unread)}
        </span>
      ) : null}
    </>
  )
  const look = {
    variant: 'ghost',
    size: 'icon',
    className: cn('relative rounded-full', className),
    'aria-label': label,
  } as const
  const button = (
    <Button
      {...look}
      type="button"
      aria-haspopup="dialog"
      aria-expanded={false}
      onPointerEnter={() => void loadPopover()}
      onFocus={() => void loadPopover()}
      onClick={() => {
        onOpenChange(true)
        // In a transition the button stays as it is (focus included) while the popover loads.
        React.startTransition(() => setPopoverWanted(true))
      }}
    >
      {face}
    </Button>
  )

  return (
    <>
      <React.Suspense fallback={button}>
        {popoverWanted ? (
          <NotificationPopover
            open={open}
            onOpenChange={onOpenChange}
            trigger={<Button {...look}>{face}</Button>}
            items={items}
            unread={unread}
            loading={loading}
            failed={failed}
            onRetry={load}
            onOpenItem={openItem}
            onMarkAll={markAll}
          />
        ) : (
          button
        )}
      </React.Suspense>
      <p role="status" aria-live="polite" className="sr-only">
        {announcement}
      </p>
    </>
  )
}
