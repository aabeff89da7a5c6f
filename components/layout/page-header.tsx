import * as React from 'react'

import { cn } from '@/lib/utils'

type PageHeaderProps = {
  title: React.ReactNode
  description?: React.ReactNode
  /** Buttons or links shown at the end (below the title on phones). */
  actions?: React.ReactNode
  /** Small content above the title, e.g. breadcrumbs or a back link. */
  eyebrow?: React.ReactNode
  className?: string
}

function PageHeader({ title, description, actions, eyebrow, className }: PageHeaderProps) {
  return (
    <div
      data-slot="page-header"
      className={cn(
        'flex flex-col gap-4 pb-6 sm:flex-row sm:items-end sm:justify-between',
        className,
      )}
    >
      <div className="min-w-0 space-y-1.5">
        {eyebrow ? <div className="text-sm text-muted-foreground">{eyebrow}</div> : null}
        <h1 className="text-2xl font-bold tracking-tight text-balance text-foreground sm:text-3xl">
          {title}
        </h1>
        {description ? (
          <div className="max-w-2xl text-sm text-muted-foreground sm:text-base">{description}</div>
        ) : null}
      </div>
      {actions ? <div className="flex shrink-0 flex-wrap items-center gap-2">{actions}</div> : null}
    </div>
  )
}

export { PageHeader, type PageHeaderProps }
