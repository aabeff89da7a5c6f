import type { Metadata } from 'next'
import Link from 'next/link'
import { BellIcon, SettingsIcon } from 'lucide-react'
import { Pagination } from '@/components/catalog/pagination'
import { EmptyState } from '@/components/layout/empty-state'
import { PageHeader } from '@/components/layout/page-header'
import { NotificationFeed } from '@/components/notifications/notification-feed'
import { Button } from '@/components/ui/button'
import { requireUser } from '@/lib/auth'
import { pageCount, parseListingParams } from '@/lib/catalog/listing'
import { getNotificationsPage, NOTIFICATIONS_PAGE_SIZE } from '@/lib/notifications/inbox'

export const metadata: Metadata = { title: 'Notifications', robots: { index: false, follow: false } }

const href = (page: number) => (page > 1 ? `/account/notifications?page=${page}` : '/account/notifications')

export default async function NotificationsPage({ searchParams }: PageProps<'/account/notifications'>) {
  const user = await requireUser('/account/notifications')
  const { page } = parseListingParams(await searchParams)
  const { items, total, unread } = await getNotificationsPage(user.id, page)
  const totalPages = pageCount(total, NOTIFICATIONS_PAGE_SIZE)

  return (
    <div className="mx-auto w-full max-w-3xl px-4 pt-8 pb-16 sm:px-6">
      <PageHeader
        eyebrow={
          <Link href="/account" className="underline-offset-4 hover:underline">
            Your account
          </Link>
        }
        title="Notifications"
        description="Updates about your orders, newest first."
        actions={
          <Button asChild variant="ghost" size="sm">
            <Link href="/account/notifications/settings">
              <SettingsIcon aria-hidden="true" /> Email settings
            </Link>
          </Button>
        }
      />
      {items.length > 0 ? (
        <NotificationFeed items={items} unread={unread} />
      ) : (
        <EmptyState
          icon={BellIcon}
          title={page > 1 ? 'Nothing more here' : 'No notifications yet'}
          description={
            page > 1
              ? 'You have seen every notification.'
              : 'When you place an order, we’ll let you know here when it ships and when it arrives.'
          }
          action={
            <Button asChild>
              <Link href={page > 1 ? '/account/notifications' : '/'}>{page > 1 ? 'Back to the first page' : 'Start shopping'}</Link>
            </Button>
          }
        />
      )}
      <Pagination page={page} totalPages={totalPages} href={href} />
    </div>
  )
}
