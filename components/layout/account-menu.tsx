'use client'

import * as React from 'react'
import Link from 'next/link'
import { useFormStatus } from 'react-dom'
import { useTheme } from 'next-themes'
import {
  ChevronDownIcon,
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

import { cn } from '@/lib/utils'
import { Avatar, AvatarFallback } from '@/components/ui/avatar'
import { Button } from '@/components/ui/button'
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

type AccountMenuProps = {
  user: HeaderUser
  signOutAction: () => Promise<void>
  className?: string
}

function AccountMenu({ user, signOutAction, className }: AccountMenuProps) {
  const name = displayName(user)
  const secondary = user.name ? (user.email ?? user.phone) : null

  return (
    <DropdownMenu modal={false}>
      <DropdownMenuTrigger asChild>
        <Button
          variant="ghost"
          className={cn('h-10 gap-1.5 rounded-full px-1.5 has-[>svg]:px-1.5', className)}
          aria-label={`Account menu for ${name}`}
        >
          <Avatar className="size-8 ring-2 ring-primary/60">
            <AvatarFallback>{initials(user)}</AvatarFallback>
          </Avatar>
          <span className="hidden max-w-28 truncate text-sm font-medium lg:inline">{name}</span>
          <ChevronDownIcon aria-hidden="true" className="hidden text-muted-foreground sm:block" />
        </Button>
      </DropdownMenuTrigger>
      <DropdownMenuContent align="end" className="w-64">
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

export { AccountMenu, type AccountMenuProps, type HeaderUser }
