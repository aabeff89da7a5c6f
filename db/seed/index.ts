import bcrypt from 'bcryptjs'
import type { Db, DbOrTx } from '@/db/client'
import {
  banners,
  categories,
  chatMessages,
  coupons,
  productMedia,
  productVariants,
  products,
  showEvents,
  showProducts,
  shows,
  storeBlockedWords,
  storeMembers,
  stores,
  users,
} from '@/db/schema'
import { rebuildSearchTerms } from '@/lib/catalog/search-index'
import { planBlockedWords } from './blocked-words'
import { renderImages } from './images'
import { insertOrderHistory } from './insert-orders'
import { planSeed, type SeedPlan } from './plan'

export { DEMO_ACCOUNTS } from './data/accounts'

export type SeedOptions = { uploadsDir: string; log?: (msg: string) => void }
export type SeedResult = { users: number; stores: number; products: number; shows: number; orders: number; reviews: number; skipped: boolean }

/** Any user means the database is in use (seeded or real), so seeding never touches it. */
export async function isSeeded(db: DbOrTx): Promise<boolean> {
  const rows = await db.select({ id: users.id }).from(users).limit(1)
  return rows.length > 0
}

const BCRYPT_COST = 10

/**
 * Fills an empty database with the demo marketplace in one transaction and writes its images under
 * `uploadsDir/seed`. Images render on sharp's thread pool while the rows are inserted.
 */
export async function seed(db: Db, options: SeedOptions): Promise<SeedResult> {
  const log = options.log ?? (() => {})
  const started = Date.now()
  if (await isSeeded(db)) {
    log('Database already has users: skipped seeding.')
    return { users: 0, stores: 0, products: 0, shows: 0, orders: 0, reviews: 0, skipped: true }
  }

  const now = new Date()
  const plan = planSeed(now)
  const imagesDone = renderImages(plan.images, options.uploadsDir, { concurrency: 4 })
  // Keep a rejection from going unhandled while the transaction runs; it is rethrown below.
  imagesDone.catch(() => {})

  const hashStarted = Date.now()
  // bcrypt in JS is slow, so each distinct password is hashed once.
  const hashes = new Map<string, string>()
  for (const password of new Set(plan.users.map((u) => u.password)))
    hashes.set(password, await bcrypt.hash(password, BCRYPT_COST))
  const hashMs = Date.now() - hashStarted

  const dbStarted = Date.now()
  let inserted: boolean
  try {
    inserted = await insertPlan(db, plan, hashes, now)
  } catch (error) {
    await imagesDone.catch(() => {})
    throw error
  }
  const dbMs = Date.now() - dbStarted

  const images = await imagesDone
  if (!inserted) {
    log('Another process seeded the database first: skipped seeding.')
    return { users: 0, stores: 0, products: 0, shows: 0, orders: 0, reviews: 0, skipped: true }
  }
  const userCount = plan.users.length + plan.history.users.length
  log(
    `Seeded ${userCount} users, ${plan.stores.length} stores, ${plan.products.length} products, ` +
      `${plan.shows.length} shows, ${plan.history.orders.length} orders, ${plan.history.reviews.length} reviews in ${Date.now() - started} ms ` +
      `(passwords ${hashMs} ms, database ${dbMs} ms, images ${images.ms} ms: ${images.written} written, ${images.skipped} already there).`,
  )
  return {
    users: userCount,
    stores: plan.stores.length,
    products: plan.products.length,
    shows: plan.shows.length,
    orders: plan.history.orders.length,
    reviews: plan.history.reviews.length,
    skipped: false,
  }
}

async function insertPlan(db: Db, plan: SeedPlan, hashes: Map<string, string>, now: Date): Promise<boolean> {
  return db.transaction(async (tx) => {
    // Another process may have seeded since the check above; a truly concurrent one instead fails
    // on the unique e-mail index, and its transaction rolls back whole.
    if (await isSeeded(tx)) return false
    await tx.insert(users).values(
      plan.users.map((u) => ({
        id: u.id,
        name: u.name,
        email: u.email,
        emailVerified: now,
        phone: u.phone,
        passwordHash: hashes.get(u.password) ?? null,
        role: u.role,
        city: u.city,
      })),
    )
    await tx.insert(categories).values(plan.categories.filter((c) => c.parentId === null))
    await tx.insert(categories).values(plan.categories.filter((c) => c.parentId !== null))
    await tx.insert(stores).values(plan.stores)
    await tx.insert(storeMembers).values(plan.storeMembers)
    const blockedWords = planBlockedWords(plan.stores)
    if (blockedWords.length > 0) await tx.insert(storeBlockedWords).values(blockedWords)
    await inChunks(plan.products.map((p) => p.row), 60, (rows) => tx.insert(products).values(rows))
    await inChunks(plan.products.flatMap((p) => p.media), 400, (rows) => tx.insert(productMedia).values(rows))
    await inChunks(plan.products.flatMap((p) => p.variants), 400, (rows) => tx.insert(productVariants).values(rows))
    await tx.insert(shows).values(plan.shows)
    await tx.insert(showProducts).values(plan.showProducts)
    await tx.insert(banners).values(plan.banners)
    await tx.insert(coupons).values(plan.coupons)
    await insertOrderHistory(tx, plan.history)
    // After the shoppers exist: they wrote the replayed chat.
    await inChunks(plan.showReplays.showEvents, 400, (rows) => tx.insert(showEvents).values(rows))
    await inChunks(plan.showReplays.chatMessages, 400, (rows) => tx.insert(chatMessages).values(rows))
    await rebuildSearchTerms(tx)
    return true
  })
}

async function inChunks<T>(rows: readonly T[], size: number, insert: (chunk: T[]) => PromiseLike<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += size) await insert(rows.slice(i, i + size))
}
