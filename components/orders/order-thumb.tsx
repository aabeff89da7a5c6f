import { ImageIcon } from 'lucide-react'
import Image from 'next/image'
import { cn } from '@/lib/utils'

/** An order line's photo (taken when the order was placed), or a placeholder. Decorative: the title is next to it. */
export function OrderThumb({ src, size = 64, className }: { src: string | null; size?: 48 | 64; className?: string }) {
  return (
    <div className={cn('relative shrink-0 overflow-hidden rounded-md border bg-muted', size === 64 ? 'size-16' : 'size-12', className)}>
      {src ? (
        <Image src={src} alt="" fill sizes={`${size}px`} className="object-cover" />
      ) : (
        <ImageIcon aria-hidden="true" className="absolute inset-0 m-auto size-5 text-muted-foreground" />
      )}
    </div>
  )
}
