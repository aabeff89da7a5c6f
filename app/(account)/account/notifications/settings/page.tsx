import type { Metadata } from 'next'
import Link from 'next/link'
import { PageHeader } from '@/components/layout/page-header'
import { EmailPreferencesForm } from '@/components/notifications/email-preferences-form'
import { requireUser } from '@/lib/auth'
import { getEmailPreferenceSettings } from '@/lib/notifications/inbox'

export const metadata: Metadata = { title: 'Email settings', robots: { index: false, follow: false } }

export default async function NotificationSettingsPage() {
  const user = await requireUser('/account/notifications/settings')
  const groups = await getEmailPreferenceSettings(user.id, user.storeCount > 0 ? ['buyer', 'seller'] : ['buyer'])

  return (
    <div className="mx-auto w-full max-w-3xl px-4 pt-8 pb-16 sm:px-6">
      <PageHeader
        eyebrow={
          <Link href="/account/notifications" className="underline-offset-4 hover:underline">
            Notifications
          </Link>
        }
        title="Email settings"
        description={
          user.email
            ? `Choose which emails we send to ${user.email}. You will still see every update in your notifications.`
            : 'Your account has no email address, so we only notify you here in the app. Your choices apply if you add one.'
        }
      />
      <EmailPreferencesForm groups={groups} />
    </div>
  )
}
