import Link from 'next/link'

import { cn } from '@/lib/utils'
import { HaatLogo } from '@/components/layout/haat-logo'

type FooterLink = { href: string; label: string }
type FooterGroup = { title: string; links: FooterLink[] }

const groups: FooterGroup[] = [
  {
    title: 'Shop',
    links: [
      { href: '/c/fashion', label: 'Fashion' },
      { href: '/c/electronics', label: 'Electronics' },
      { href: '/c/beauty', label: 'Beauty' },
      { href: '/c/home-kitchen', label: 'Home & kitchen' },
      { href: '/c/handicrafts', label: 'Handicrafts' },
    ],
  },
  {
    title: 'Sell',
    links: [
      { href: '/studio/open', label: 'Open a store' },
      { href: '/studio', label: 'Seller studio' },
    ],
  },
  {
    title: 'Help',
    links: [
      { href: '/help/shipping', label: 'Shipping' },
      { href: '/help/returns', label: 'Returns & refunds' },
      { href: '/help/contact', label: 'Contact us' },
    ],
  },
  {
    title: 'Company',
    links: [{ href: '/about', label: 'About Haat' }],
  },
]

function SiteFooter({ className }: { className?: string }) {
  return (
    <footer className={cn('mt-16 border-t bg-muted/50', className)}>
      <div className="mx-auto max-w-7xl px-4 py-10 sm:py-12 lg:px-6">
        <div className="grid gap-10 lg:grid-cols-[minmax(0,18rem)_1fr] lg:gap-16">
          <div className="flex flex-col gap-3">
            <HaatLogo className="self-start" />
            <p className="max-w-xs text-sm text-muted-foreground">
              India&apos;s live marketplace. Watch sellers go live, ask questions in real time and
              buy straight from the show.
            </p>
          </div>

          <nav aria-label="Footer" className="grid grid-cols-2 gap-8 sm:grid-cols-4">
            {groups.map((group) => (
              <div key={group.title}>
                <h2 className="text-sm font-semibold text-foreground">{group.title}</h2>
                <ul role="list" className="mt-3 space-y-1">
                  {group.links.map((link) => (
                    <li key={link.href}>
                      <Link
                        href={link.href}
                        className="-mx-1 inline-flex min-h-8 items-center rounded px-1 text-sm text-muted-foreground transition-colors outline-none hover:text-foreground hover:underline focus-visible:ring-2 focus-visible:ring-ring"
                      >
                        {link.label}
                      </Link>
                    </li>
                  ))}
                </ul>
              </div>
            ))}
          </nav>
        </div>

        <div className="mt-10 flex flex-col gap-2 border-t pt-6 text-xs text-muted-foreground sm:flex-row sm:items-center sm:justify-between">
          <p>© 2026 Haat · Made in India</p>
          <p>All prices are in Indian rupees (INR) and include GST.</p>
        </div>
      </div>
    </footer>
  )
}

export { SiteFooter }
