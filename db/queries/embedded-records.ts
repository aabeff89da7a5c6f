import { and, asc, desc, eq, sql } from 'drizzle-orm'
import type { DbOrTx } from '@/db/client'
import { embeddedRecords } from '@/db/schema'

// The embedded drivers' own store (simulated gateway, simulated courier). Scoped by service and
// kind on every call; there is no owner because these rows stand in for a vendor's database.

export type EmbeddedKey = { service: string; kind: string; id: string }

export async function getEmbeddedRecord<T>(db: DbOrTx, key: EmbeddedKey): Promise<T | null> {
  const [row] = await db
    .select({ data: embeddedRecords.data })
    .from(embeddedRecords)
    .where(and(eq(embeddedRecords.service, key.service), eq(embeddedRecords.kind, key.kind), eq(embeddedRecords.id, key.id)))
    .limit(1)
  return row ? (row.data as T) : null
}

/** Inserts the record; returns false (and writes nothing) when that id already exists. */
export async function insertEmbeddedRecord<T>(db: DbOrTx, key: EmbeddedKey, data: T): Promise<boolean> {
  const rows = await db
    .insert(embeddedRecords)
    .values({ ...key, data })
    .onConflictDoNothing()
    .returning({ id: embeddedRecords.id })
  return rows.length === 1
}

/** Replaces the record's document; returns false when there is no such record. */
export async function putEmbeddedRecord<T>(db: DbOrTx, key: EmbeddedKey, data: T): Promise<boolean> {
  const rows = await db
    .update(embeddedRecords)
    .set({ data, updatedAt: new Date() })
    .where(and(eq(embeddedRecords.service, key.service), eq(embeddedRecords.kind, key.kind), eq(embeddedRecords.id, key.id)))
    .returning({ id: embeddedRecords.id })
  return rows.length === 1
}

/**
 * Read-modify-write of one record under a row lock, in the caller's transaction or a new one:
 * `change` gets the current document and returns the next (or null to leave it unchanged).
 */
export async function updateEmbeddedRecord<T>(
  db: DbOrTx,
  key: EmbeddedKey,
  change: (current: T) => T | null,
): Promise<T | null> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .select({ data: embeddedRecords.data })
      .from(embeddedRecords)
      .where(and(eq(embeddedRecords.service, key.service), eq(embeddedRecords.kind, key.kind), eq(embeddedRecords.id, key.id)))
      .for('update')
      .limit(1)
    if (!row) return null
    const next = change(row.data as T)
    if (next === null) return row.data as T
    await tx
      .update(embeddedRecords)
      .set({ data: next, updatedAt: new Date() })
      .where(and(eq(embeddedRecords.service, key.service), eq(embeddedRecords.kind, key.kind), eq(embeddedRecords.id, key.id)))
    return next
  })
}

/** Oldest first (newest first with `newestFirst`); `field` filters on a top-level string field of the document. */
export async function listEmbeddedRecords<T>(
  db: DbOrTx,
  scope: { service: string; kind: string; field?: { name: string; equals: string }; limit?: number; newestFirst?: boolean },
): Promise<T[]> {
  const conditions = [eq(embeddedRecords.service, scope.service), eq(embeddedRecords.kind, scope.kind)]
  if (scope.field) conditions.push(sql`${embeddedRecords.data} ->> ${scope.field.name} = ${scope.field.equals}`)
  const rows = await db
    .select({ data: embeddedRecords.data })
    .from(embeddedRecords)
    .where(and(...conditions))
    .orderBy(scope.newestFirst ? desc(embeddedRecords.createdAt) : asc(embeddedRecords.createdAt))
    .limit(scope.limit ?? 500)
  return rows.map((r) => r.data as T)
}
