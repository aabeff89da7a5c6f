import { signOutAction } from '@/components/auth/actions'
import { SiteFooter } from '@/components/layout/site-footer'
import { HydrateSeparately } from '@/components/layout/hydrate-separately'
import { SiteHeader } from '@/components/layout/site-header'
import { getCurrentUser } from '@/lib/auth'
import { headerCartCount } from '@/lib/cart/session'
import { getUnreadNotificationCount } from '@/lib/notifications/inbox'

/** Header, main landmark and footer around every page of the public site and the account area. */
export async function SiteShell({ children }: { children: React.ReactNode }) {
  const user = await getCurrentUser()
  const [cartCount, unreadNotifications] = await Promise.all([headerCartCount(user?.id ?? null), getUnreadNotificationCount(user?.id ?? null)])
  return (
    <div className="flex min-h-dvh flex-col">
      <SiteHeader
        user={user ? { name: user.name, email: user.email, phone: user.phone, role: user.role, storeCount: user.storeCount } : null}
        cartCount={cartCount}
        unreadNotifications={unreadNotifications}
        signOutAction={signOutAction}
      />
      <main id="main" tabIndex={-1} className="flex-1 outline-none">
        {children}
      </main>
      <HydrateSeparately>
        <SiteFooter />
      </HydrateSeparately>
    </div>
  )
}
