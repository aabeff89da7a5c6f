import { requireUser } from '@/lib/auth'

/** Signs visitors in before the loading skeleton streams, so the redirect is a real 307. */
export default async function NotificationsLayout({ children }: LayoutProps<'/account/notifications'>) {
  await requireUser('/account/notifications')
  return children
}
