'use client'

import Link from 'next/link'
import * as React from 'react'

type IntentLinkProps = Omit<React.ComponentProps<typeof Link>, 'prefetch'>

/**
 * A link that prefetches its route once the visitor shows intent — the pointer over it, a touch,
 * keyboard focus — rather than as soon as it scrolls into view. For links above the fold that
 * lead to heavy routes (the live room, sign-in and its forms, the studio): prefetching them on
 * arrival fetched ~190 KB of their JavaScript and parsed it while the page was still starting.
 */
export function IntentLink({ onPointerEnter, onTouchStart, onFocus, ...props }: IntentLinkProps) {
  const [intent, setIntent] = React.useState(false)
  return (
    <Link
      {...props}
      // `null` is Next's default prefetching, which it starts when the value changes.
      prefetch={intent ? null : false}
      onPointerEnter={(event) => {
        setIntent(true)
        onPointerEnter?.(event)
      }}
      onTouchStart={(event) => {
        setIntent(true)
        onTouchStart?.(event)
      }}
      onFocus={(event) => {
        setIntent(true)
        onFocus?.(event)
      }}
    />
  )
}
