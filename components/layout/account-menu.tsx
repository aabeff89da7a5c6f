'use client'

import * as React from 'react'
import { ChevronDownIcon } from 'lucide-react'

import { cn } from '@/lib/utils'
import { Avatar, AvatarFallback } from '@/components/ui/avatar'
import { Button } from '@/components/ui/button'

type HeaderUser = {
  name: string | null
  email: string | null
  phone: string | null
  role: 'user' | 'admin'
  storeCount: number
}

function displayName(user: HeaderUser): string {
  return user.name?.trim() || user.email || user.phone || 'Your account'
}

function initials(user: HeaderUser): string {
  const source = user.name?.trim() || user.email || ''
  const letters = source
    .split(/[\s@._-]+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((part) => part[0]?.toUpperCase() ?? '')
    .join('')
  return letters || '?'
}

const loadDropdown = () => import('./account-menu-dropdown')
const AccountMenuDropdown = React.lazy(() => loadDropdown().then((m) => ({ default: m.AccountMenuDropdown })))

type AccountMenuProps = {
  user: HeaderUser
  signOutAction: () => Promise<void>
  className?: string
}

/**
 * The header's account button. The menu behind it (Radix dropdown, popper) is fetched when the
 * button is hovered, focused or first opened, so it adds nothing to a page's first load.
 */
function AccountMenu({ user, signOutAction, className }: AccountMenuProps) {
  const name = displayName(user)
  const [opened, setOpened] = React.useState<{ withKeyboard: boolean } | null>(null)
  const [, startTransition] = React.useTransition()
  // In a transition the button stays as it is (focus included) while the menu loads.
  const open = (withKeyboard: boolean) => startTransition(() => setOpened({ withKeyboard }))

  const face = (
    <>
      <Avatar className="size-8 ring-2 ring-primary/60">
        <AvatarFallback>{initials(user)}</AvatarFallback>
      </Avatar>
      <span className="hidden max-w-28 truncate text-sm font-medium lg:inline">{name}</span>
      <ChevronDownIcon aria-hidden="true" className="hidden text-muted-foreground sm:block" />
    </>
  )
  const look = {
    variant: 'ghost',
    className: cn('h-10 gap-1.5 rounded-full px-1.5 has-[>svg]:px-1.5', className),
    'aria-label': `Account menu for ${name}`,
  } as const

  const button = (
    <Button
      {...look}
      type="button"
      aria-haspopup="menu"
      aria-expanded={false}
      onPointerEnter={() => void loadDropdown()}
      onFocus={() => void loadDropdown()}
      // Enter and Space click too; `detail` is 0 for those.
      onClick={(event) => open(event.detail === 0)}
      onKeyDown={(event) => {
        if (event.key !== 'ArrowDown') return
        event.preventDefault()
        open(true)
      }}
    >
      {face}
    </Button>
  )

  return (
    <React.Suspense fallback={button}>
      {opened ? (
        <AccountMenuDropdown
          user={user}
          name={name}
          signOutAction={signOutAction}
          trigger={<Button {...look}>{face}</Button>}
          openedWithKeyboard={opened.withKeyboard}
        />
      ) : (
        button
      )}
    </React.Suspense>
  )
}

export { AccountMenu, type AccountMenuProps, type HeaderUser }
