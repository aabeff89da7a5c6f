import type { Metadata, Viewport } from 'next'
import { fontVariables } from '@/app/fonts'
import { ThemeProvider } from '@/components/theme/theme-provider'
import { Toaster } from '@/components/ui/toaster'
import { env } from '@/lib/env'
import './globals.css'

export const metadata: Metadata = {
  // APP_URL as getServiceConfig().appUrl resolves it, read without the service checks: this
  // object is evaluated during `next build`, where those checks refuse an unconfigured production.
  metadataBase: new URL(env.APP_URL),
  title: { default: 'Haat — shop live from India’s sellers', template: '%s · Haat' },
  description:
    'Haat is a live-commerce marketplace: watch sellers go live, chat, bid and buy sarees, handicrafts, electronics and more — with UPI, cards and cash on delivery.',
  applicationName: 'Haat',
}

export const viewport: Viewport = {
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#fffaf3' },
    { media: '(prefers-color-scheme: dark)', color: '#14121f' },
  ],
}

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en-IN" suppressHydrationWarning className={fontVariables}>
      <body className="min-h-dvh bg-background font-sans text-foreground antialiased">
        <ThemeProvider>
          {children}
          <Toaster />
        </ThemeProvider>
      </body>
    </html>
  )
}
