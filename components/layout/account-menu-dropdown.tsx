'use client'

import * as React from 'react'
import Link from 'next/link'
import { useFormStatus } from 'react-dom'
import { useTheme } from 'next-themes'
import {
  LayoutDashboardIcon,
  LogOutIcon,
  MonitorIcon,
  MoonIcon,
  PackageIcon,
  ShieldCheckIcon,
  StoreIcon,
  SunIcon,
  UserRoundIcon,
} from 'lucide-react'

import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuGroup,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuRadioGroup,
  DropdownMenuRadioItem,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from '@/components/ui/dropdown-menu'
import type { HeaderUser } from './account-menu'

function SignOutItem() {
  const { pending } = useFormStatus()
  return (
    <DropdownMenuItem
      asChild
      variant="destructive"
      disabled={pending}
      // Keep the menu (and therefore the form) mounted while the action runs.
      onSelect={(event) => event.preventDefault()}
    >
      <button type="submit" className="w-full">
        <LogOutIcon aria-hidden="true" />
        {pending ? 'Signing out…' : 'Sign out'}
      </button>
    </DropdownMenuItem>
  )
}

function ThemeRadioGroup() {
  const { theme, setTheme } = useTheme()
  return (
    <DropdownMenuGroup>
      <DropdownMenuLabel className="text-xs font-medium text-muted-foreground">
        Theme
      </DropdownMenuLabel>
      <DropdownMenuRadioGroup value={theme ?? 'system'} onValueChange={setTheme}>
        <DropdownMenuRadioItem value="light" onSelect={(event) => event.preventDefault()}>
          <SunIcon aria-hidden="true" /> Light
        </DropdownMenuRadioItem>
        <DropdownMenuRadioItem value="dark" onSelect={(event) => event.preventDefault()}>
          <MoonIcon aria-hidden="true" /> Dark
        </DropdownMenuRadioItem>
        <DropdownMenuRadioItem value="system" onSelect={(event) => event.preventDefault()}>
          <MonitorIcon aria-hidden="true" /> System
        </DropdownMenuRadioItem>
      </DropdownMenuRadioGroup>
    </DropdownMenuGroup>
  )
}

type AccountMenuDropdownProps = {
  user: HeaderUser
  name: string
  signOutAction: () => Promise<void>
  /** The header's account button, which becomes the menu's trigger. */
  trigger: React.ReactElement
  /** How the first opening was asked for: from the keyboard, focus goes to the first item. */
  openedWithKeyboard: boolean
}

/** The account menu proper (Radix dropdown), loaded by AccountMenu when it is first opened. */
export function AccountMenuDropdown({ user, name, signOutAction, trigger, openedWithKeyboard }: AccountMenuDropdownProps) {
  const secondary = user.name ? (user.email ?? user.phone) : null
  const focusFirstItem = React.useRef(openedWithKeyboard)

  return (
    <DropdownMenu modal={false} defaultOpen>
      <DropdownMenuTrigger asChild>{trigger}</DropdownMenuTrigger>
      <DropdownMenuContent
        align="end"
        className="w-64"
        onFocus={(event) => {
          // Opened from the keyboard before this module loaded, Radix did not see the key and
          // focuses the menu itself; move on to the first item as it would have.
          if (!focusFirstItem.current || event.target !== event.currentTarget) return
          focusFirstItem.current = false
          event.currentTarget.querySelector<HTMLElement>('[role="menuitem"]')?.focus()
        }}
      >
        <DropdownMenuLabel className="flex flex-col gap-0.5 py-2">
          <span className="truncate">{name}</span>
          {secondary ? (
            <span className="truncate text-xs font-normal text-muted-foreground">{secondary}</span>
          ) : null}
        </DropdownMenuLabel>
        <DropdownMenuSeparator />
        <DropdownMenuGroup>
          <DropdownMenuItem asChild>
            <Link href="/account/orders">
              <PackageIcon aria-hidden="true" /> My orders
            </Link>
          </DropdownMenuItem>
          <DropdownMenuItem asChild>
            <Link href="/account">
              <UserRoundIcon aria-hidden="true" /> Account
            </Link>
          </DropdownMenuItem>
          {user.storeCount > 0 ? (
            <DropdownMenuItem asChild>
              <Link href="/studio">
                <LayoutDashboardIcon aria-hidden="true" /> Seller studio
              </Link>
            </DropdownMenuItem>
          ) : (
            <DropdownMenuItem asChild>
              <Link href="/studio/open">
                <StoreIcon aria-hidden="true" /> Open a store
              </Link>
            </DropdownMenuItem>
          )}
          {user.role === 'admin' ? (
            <DropdownMenuItem asChild>
              <Link href="/admin">
                <ShieldCheckIcon aria-hidden="true" /> Admin console
              </Link>
            </DropdownMenuItem>
          ) : null}
        </DropdownMenuGroup>
        <DropdownMenuSeparator />
        <ThemeRadioGroup />
        <DropdownMenuSeparator />
        <form action={signOutAction}>
          <SignOutItem />
        </form>
      </DropdownMenuContent>
    </DropdownMenu>
  )
}
