import { IntentLink } from '@/components/layout/intent-link'

import { cn } from '@/lib/utils'

/** The Haat mark: a market-stall awning over a "play" triangle, with a live dot. */
function HaatMark({ className }: { className?: string }) {
  return (
    <svg
      viewBox="0 0 32 32"
      aria-hidden="true"
      focusable="false"
      className={cn('size-8 shrink-0', className)}
    >
      <rect width="32" height="32" rx="9" className="fill-primary" />
      <path
        d="M6 12.5a2.5 2.5 0 0 0 5 0 2.5 2.5 0 0 0 5 0 2.5 2.5 0 0 0 5 0 2.5 2.5 0 0 0 5 0V9a2 2 0 0 0-2-2H8a2 2 0 0 0-2 2Z"
        className="fill-primary-foreground"
      />
      <path
        d="M13.5 17.6c0-.8.9-1.3 1.6-.9l5.2 3.1c.7.4.7 1.4 0 1.8l-5.2 3.1c-.7.4-1.6-.1-1.6-.9Z"
        className="fill-primary-foreground"
      />
      <circle cx="26" cy="26" r="3" className="fill-live stroke-primary" strokeWidth="1.5" />
    </svg>
  )
}

function HaatLogo({ className }: { className?: string }) {
  return (
    <IntentLink
      href="/"
      aria-label="Haat home"
      className={cn(
        'inline-flex shrink-0 items-center gap-2 rounded-lg outline-none focus-visible:ring-2 focus-visible:ring-ring focus-visible:ring-offset-2 focus-visible:ring-offset-background',
        className,
      )}
    >
      <HaatMark />
      <span className="text-xl font-extrabold tracking-tight text-foreground">Haat</span>
    </IntentLink>
  )
}

export { HaatLogo, HaatMark }
