'use client'

import * as React from 'react'
import { useRouter } from 'next/navigation'
import { CheckCheckIcon } from 'lucide-react'
import { Button } from '@/components/ui/button'
import type { NotificationItem as Item } from '@/lib/notifications/inbox'
import { markAllNotificationsReadAction, markNotificationReadAction } from './actions'
import { NotificationItem } from './notification-item'

type Marked = { all: boolean; ids: ReadonlySet<string> }
const NOTHING_MARKED: Marked = { all: false, ids: new Set() }

/**
 * One page of notifications with "Mark all read". Reads marked here show at once; the server's
 * list replaces them after router.refresh(), which also updates the header bell.
 */
export function NotificationFeed({ items, unread }: { items: Item[]; unread: number }) {
  const router = useRouter()
  const [marked, setMarked] = React.useState<Marked>(NOTHING_MARKED)
  const [pending, startTransition] = React.useTransition()
  const [status, setStatus] = React.useState<{ text: string; error: boolean } | null>(null)

  // New server data (after a refresh or a page change) supersedes what was marked locally.
  const [source, setSource] = React.useState(items)
  if (source !== items) {
    setSource(items)
    setMarked(NOTHING_MARKED)
  }

  const shown = items.map((i) => (i.read || marked.all || marked.ids.has(i.id) ? { ...i, read: true } : i))
  const unreadLeft = marked.all ? 0 : Math.max(0, unread - items.filter((i) => !i.read && marked.ids.has(i.id)).length)

  function markAll() {
    setMarked({ all: true, ids: marked.ids })
    startTransition(async () => {
      const result = await markAllNotificationsReadAction({}).catch(() => null)
      if (result?.ok) {
        setStatus({ text: 'All notifications marked as read.', error: false })
        router.refresh()
      } else {
        setMarked(NOTHING_MARKED)
        setStatus({ text: result?.formError ?? 'We could not reach Haat. Check your connection and try again.', error: true })
      }
    })
  }

  function markOne(item: Item) {
    setMarked((m) => ({ all: m.all, ids: new Set(m.ids).add(item.id) }))
    startTransition(async () => {
      const result = await markNotificationReadAction({ id: item.id }).catch(() => null)
      if (result?.ok) {
        setStatus({ text: `Marked “${item.title}” as read.`, error: false })
        router.refresh()
      } else {
        setMarked((m) => {
          const ids = new Set(m.ids)
          ids.delete(item.id)
          return { all: m.all, ids }
        })
        setStatus({ text: result?.formError ?? 'We could not reach Haat. Check your connection and try again.', error: true })
      }
    })
  }

  function open(item: Item) {
    if (item.read) return
    // Best effort: the person is already on their way to the linked page.
    void markNotificationReadAction({ id: item.id }).catch(() => undefined)
  }

  return (
    <div className="grid gap-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <p className="text-sm text-muted-foreground">
          {unreadLeft === 0 ? 'No unread notifications' : `${unreadLeft} unread`}
        </p>
        <Button type="button" variant="outline" size="sm" onClick={markAll} disabled={unreadLeft === 0 || pending}>
          <CheckCheckIcon aria-hidden="true" /> Mark all read
        </Button>
      </div>
      <p role="status" aria-live="polite" className={status?.error ? 'text-sm font-medium text-destructive' : 'sr-only'}>
        {status?.text}
      </p>
      <ul className="grid gap-2" aria-label="Notifications">
        {shown.map((item) => (
          <NotificationItem key={item.id} item={item} onOpen={open} onMarkRead={markOne} />
        ))}
      </ul>
    </div>
  )
}
