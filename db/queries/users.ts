import { and, count, eq, sql } from 'drizzle-orm'
import type { DbOrTx } from '@/db/client'
import { storeMembers, users } from '@/db/schema'
import type { Identifier } from '@/lib/validations/auth'

export async function findUserForSignIn(db: DbOrTx, identifier: Identifier) {
  const where =
    identifier.kind === 'email' ? sql`lower(${users.email}) = ${identifier.value}` : eq(users.phone, identifier.value)
  const [row] = await db
    .select({ id: users.id, name: users.name, email: users.email, passwordHash: users.passwordHash, status: users.status })
    .from(users)
    .where(where)
    .limit(1)
  return row ?? null
}

export async function identifierTaken(db: DbOrTx, identifier: Identifier): Promise<boolean> {
  return (await findUserForSignIn(db, identifier)) !== null
}

export async function insertUser(
  db: DbOrTx,
  values: { name: string; email?: string; phone?: string; passwordHash: string },
) {
  const [row] = await db
    .insert(users)
    .values({ name: values.name, email: values.email ?? null, phone: values.phone ?? null, passwordHash: values.passwordHash })
    .returning({ id: users.id })
  return row!
}

/** The signed-in user as the app sees them; null for unknown or banned accounts. */
export async function findSessionUser(db: DbOrTx, userId: string) {
  const [row] = await db
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      phone: users.phone,
      image: users.image,
      role: users.role,
      status: users.status,
      storeCount: sql<number>`(select count(*)::int from ${storeMembers} where ${storeMembers.userId} = ${users.id})`,
    })
    .from(users)
    .where(eq(users.id, userId))
    .limit(1)
  if (!row || row.status !== 'active') return null
  return row
}

export async function setPasswordHash(db: DbOrTx, userId: string, passwordHash: string) {
  await db.update(users).set({ passwordHash }).where(eq(users.id, userId))
}

export async function countAdmins(db: DbOrTx) {
  const [row] = await db.select({ n: count() }).from(users).where(and(eq(users.role, 'admin'), eq(users.status, 'active')))
  return row?.n ?? 0
}
