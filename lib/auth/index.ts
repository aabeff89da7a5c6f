import 'server-only'

import { redirect } from 'next/navigation'
import { cache } from 'react'
import { getDb } from '@/db'
import { getMembership } from '@/db/queries/stores'
import { findSessionUser } from '@/db/queries/users'
import { rawAuth } from './config'

export { handlers, signIn, signOut, googleSignInEnabled } from './config'

/** One session read per request, however many components ask. */
export const auth = cache(rawAuth)

export type CurrentUser = NonNullable<Awaited<ReturnType<typeof findSessionUser>>>

/** The signed-in, active user with their role, read from the database (not the token). */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = await auth()
  const id = session?.user?.id
  if (!id) return null
  return findSessionUser(getDb(), id)
})

export async function requireUser(returnTo = '/'): Promise<CurrentUser> {
  const user = await getCurrentUser()
  if (!user) redirect(`/sign-in?callbackUrl=${encodeURIComponent(returnTo)}`)
  return user
}

export async function requireAdmin(returnTo = '/admin'): Promise<CurrentUser> {
  const user = await requireUser(returnTo)
  if (user.role !== 'admin') redirect('/?denied=admin')
  return user
}

/** A member of the store (owner unless `role` allows moderators); anyone else gets a 404. */
export async function requireSeller(storeId: string, role: 'owner' | 'moderator' = 'owner') {
  const user = await requireUser('/studio')
  const membership = await getMembership(getDb(), user.id, storeId)
  if (!membership || (role === 'owner' && membership.role !== 'owner')) {
    const { notFound } = await import('next/navigation')
    notFound()
  }
  return { user, membership }
}
