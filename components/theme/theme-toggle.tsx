'use client'

import * as React from 'react'
import { useTheme } from 'next-themes'
import { MonitorIcon, MoonIcon, SunIcon } from 'lucide-react'

import { cn } from '@/lib/utils'
import { Button } from '@/components/ui/button'

const order = ['light', 'dark', 'system'] as const
type ThemeChoice = (typeof order)[number]

const meta: Record<ThemeChoice, { label: string; Icon: typeof SunIcon }> = {
  light: { label: 'Light', Icon: SunIcon },
  dark: { label: 'Dark', Icon: MoonIcon },
  system: { label: 'System', Icon: MonitorIcon },
}

function isThemeChoice(value: string | undefined): value is ThemeChoice {
  return value === 'light' || value === 'dark' || value === 'system'
}

const subscribe = () => () => {}

type ThemeToggleProps = Omit<React.ComponentProps<typeof Button>, 'onClick' | 'children'> & {
  /** Render the current theme's name next to the icon (used inside menus). */
  showLabel?: boolean
}

/** Cycles light → dark → system. The stored theme is unknown on the server, so the
 * first render shows the neutral "system" state to avoid a hydration mismatch. */
function ThemeToggle({ showLabel = false, className, variant, size, ...props }: ThemeToggleProps) {
  const { theme, setTheme } = useTheme()
  const mounted = React.useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  )
  const current: ThemeChoice = mounted && isThemeChoice(theme) ? theme : 'system'
  const next = order[(order.indexOf(current) + 1) % order.length] ?? 'system'
  const { Icon, label } = meta[current]

  return (
    <Button
      type="button"
      variant={variant ?? 'ghost'}
      size={size ?? (showLabel ? 'sm' : 'icon')}
      aria-label={`Theme: ${label}. Switch to ${meta[next].label.toLowerCase()} theme`}
      title={`Theme: ${label}`}
      onClick={() => setTheme(next)}
      className={cn(showLabel && 'justify-start', className)}
      {...props}
    >
      <Icon aria-hidden="true" />
      {showLabel ? <span>Theme: {label}</span> : null}
    </Button>
  )
}

export { ThemeToggle, type ThemeToggleProps }
