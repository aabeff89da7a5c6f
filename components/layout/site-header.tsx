import { RadioIcon } from 'lucide-react'

import { cn } from '@/lib/utils'
import { Button } from '@/components/ui/button'
import { ThemeToggle } from '@/components/theme/theme-toggle'
import { CartButton } from '@/components/cart/cart-button'
import { NotificationBell } from '@/components/notifications/notification-bell'
import { AccountMenu, type HeaderUser } from '@/components/layout/account-menu'
import { HaatLogo } from '@/components/layout/haat-logo'
import { HeaderSearch } from '@/components/layout/header-search'
import { IntentLink } from '@/components/layout/intent-link'
import { SkipLink } from '@/components/layout/skip-link'

type SiteHeaderProps = {
  user: HeaderUser | null
  /** Items in the visitor's cart (guest cookie or account), for the badge. */
  cartCount: number
  unreadNotifications?: number
  /** Server action that signs the user out; rendered as `<form action={signOutAction}>`. */
  signOutAction: () => Promise<void>
  /** Pre-fills the search box, e.g. with `q` on the /search page. */
  searchQuery?: string
  className?: string
}

function SiteHeader({ user, cartCount, unreadNotifications = 0, signOutAction, searchQuery, className }: SiteHeaderProps) {
  return (
    <>
      <SkipLink />
      <header
        className={cn(
          'sticky top-0 z-40 border-b bg-background/90 backdrop-blur-md supports-[backdrop-filter]:bg-background/75',
          className,
        )}
      >
        <div
          className={cn(
            'mx-auto grid max-w-7xl items-center gap-x-2 gap-y-2 px-3 py-2 sm:gap-x-4 sm:px-4 md:py-3 lg:px-6',
            // Phones: logo + actions on the first row, full-width search below.
            'grid-cols-[auto_1fr] [grid-template-areas:"logo_actions""search_search"]',
            'md:grid-cols-[auto_minmax(0,1fr)_auto] md:[grid-template-areas:"logo_search_actions"]',
          )}
        >
          <HaatLogo className="[grid-area:logo]" />

          <HeaderSearch
            defaultQuery={searchQuery}
            className="[grid-area:search] md:mx-auto md:max-w-2xl"
          />

          <nav
            aria-label="Account and cart"
            className="flex items-center justify-end gap-1 [grid-area:actions] sm:gap-2"
          >
            <Button asChild variant="outline" size="sm" className="h-9 rounded-full">
              <IntentLink href="/studio">
                <RadioIcon aria-hidden="true" className="text-live" />
                <span className="max-sm:sr-only">Go live</span>
              </IntentLink>
            </Button>

            {user ? <NotificationBell unreadCount={unreadNotifications} /> : null}
            <CartButton count={cartCount} />

            {user ? (
              <AccountMenu user={user} signOutAction={signOutAction} />
            ) : (
              <>
                <ThemeToggle className="hidden rounded-full sm:inline-flex" />
                <Button asChild variant="ghost" size="sm" className="h-9 px-2.5 sm:px-3">
                  <IntentLink href="/sign-in">Sign in</IntentLink>
                </Button>
                <Button asChild size="sm" className="h-9 px-3">
                  <IntentLink href="/sign-up">Sign up</IntentLink>
                </Button>
              </>
            )}
          </nav>
        </div>
      </header>
    </>
  )
}

export { SiteHeader, type SiteHeaderProps }
