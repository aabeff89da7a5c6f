import { cn } from '@/lib/utils'

/** First focusable element on every page; the layout must render `<main id="main">`. */
function SkipLink({ targetId = 'main', className }: { targetId?: string; className?: string }) {
  return (
    <a
      href={`#${targetId}`}
      className={cn(
        'sr-only z-[60] rounded-lg bg-primary px-4 py-2 text-sm font-semibold text-primary-foreground shadow-lg outline-none',
        'focus:not-sr-only focus:fixed focus:top-3 focus:left-3 focus-visible:ring-2 focus-visible:ring-ring focus-visible:ring-offset-2 focus-visible:ring-offset-background',
        className,
      )}
    >
      Skip to content
    </a>
  )
}

export { SkipLink }
