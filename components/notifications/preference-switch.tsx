'use client'

import * as React from 'react'
import { Switch } from 'radix-ui'
import { cn } from '@/lib/utils'

/** An on/off switch (role="switch"), labelled and described by the row it sits in. */
export function PreferenceSwitch({ className, ...props }: React.ComponentProps<typeof Switch.Root>) {
  return (
    <Switch.Root
      className={cn(
        'peer inline-flex h-6 w-11 shrink-0 cursor-pointer items-center rounded-full border-2 border-transparent transition-colors outline-none',
        'bg-muted-foreground/30 data-[state=checked]:bg-primary-ink',
        'focus-visible:ring-2 focus-visible:ring-ring focus-visible:ring-offset-2 focus-visible:ring-offset-background',
        'disabled:cursor-not-allowed disabled:opacity-50',
        className,
      )}
      {...props}
    >
      <Switch.Thumb className="pointer-events-none block size-5 rounded-full bg-background shadow-sm ring-0 transition-transform data-[state=checked]:translate-x-5 data-[state=unchecked]:translate-x-0" />
    </Switch.Root>
  )
}
