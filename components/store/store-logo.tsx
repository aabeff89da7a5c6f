import Image from 'next/image'
import { cn } from '@/lib/utils'

function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((word) => word[0]?.toUpperCase() ?? '')
    .join('')
}

/** The store's logo in a circle, or its initials when it has none. Decorative: the name is always beside it. */
export function StoreLogo({ name, logoUrl, size, className }: { name: string; logoUrl: string | null; size: number; className?: string }) {
  return (
    <span
      className={cn('relative flex shrink-0 items-center justify-center overflow-hidden rounded-full bg-secondary font-semibold text-secondary-foreground ring-1 ring-border', className)}
      style={{ width: size, height: size }}
    >
      {logoUrl ? <Image src={logoUrl} alt="" fill sizes={`${size}px`} className="object-cover" /> : <span aria-hidden="true">{initials(name)}</span>}
    </span>
  )
}
