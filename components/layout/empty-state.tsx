import * as React from 'react'
import { type LucideIcon } from 'lucide-react'

import { cn } from '@/lib/utils'

type EmptyStateProps = {
  /** A lucide icon component, e.g. `icon={PackageOpenIcon}`. */
  icon?: LucideIcon
  title: React.ReactNode
  description?: React.ReactNode
  /** Usually a `<Button asChild><Link …/></Button>`. */
  action?: React.ReactNode
  /** Heading element for the title; pick the level that fits the page outline. */
  titleAs?: 'h1' | 'h2' | 'h3'
  className?: string
}

function EmptyState({
  icon: Icon,
  title,
  description,
  action,
  titleAs: Title = 'h2',
  className,
}: EmptyStateProps) {
  return (
    <div
      data-slot="empty-state"
      className={cn(
        'flex flex-col items-center justify-center gap-3 rounded-2xl border border-dashed bg-card/50 px-6 py-12 text-center',
        className,
      )}
    >
      {Icon ? (
        <div className="mb-1 flex size-14 items-center justify-center rounded-full bg-accent text-primary-ink">
          <Icon aria-hidden="true" className="size-7" />
        </div>
      ) : null}
      <Title className="text-lg font-semibold tracking-tight text-foreground">{title}</Title>
      {description ? (
        <div className="max-w-md text-sm text-balance text-muted-foreground">{description}</div>
      ) : null}
      {action ? <div className="mt-2 flex flex-wrap justify-center gap-2">{action}</div> : null}
    </div>
  )
}

export { EmptyState, type EmptyStateProps }
