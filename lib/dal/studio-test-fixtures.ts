import { randomBytes } from 'node:crypto'
import type { Db } from '@/db/client'
import { categories, storeMembers, stores, users } from '@/db/schema'
import type { ProductFormValues } from '@/lib/validations/product'

// Seeds for the studio's integration tests: unique names, so test files can share a database.

export async function seedSeller(db: Db, label: string) {
  const tag = `${label}-${randomBytes(4).toString('hex')}`
  const [user] = await db.insert(users).values({ name: label, email: `${tag}@example.com` }).returning({ id: users.id })
  const [store] = await db
    .insert(stores)
    .values({
      ownerId: user!.id, name: `Store ${tag}`, slug: `store-${tag}`, status: 'approved', pickupName: label, pickupPhone: '+919876543210',
      pickupLine1: '1 Main Road', pickupCity: 'Pune', pickupState: 'Maharashtra', pickupPin: '411001',
    })
    .returning({ id: stores.id })
  await db.insert(storeMembers).values({ storeId: store!.id, userId: user!.id, role: 'owner' })
  return { userId: user!.id, actorId: user!.id, storeId: store!.id }
}

export async function seedCategory(db: Db) {
  const slug = `cat-${randomBytes(4).toString('hex')}`
  const [row] = await db.insert(categories).values({ name: 'Sarees', slug, path: slug }).returning({ id: categories.id, path: categories.path })
  return row!
}

export function productValues(storeId: string, overrides: Partial<ProductFormValues> = {}): ProductFormValues {
  const tag = randomBytes(4).toString('hex')
  return {
    storeId, title: `Silk saree ${tag}`, slug: `silk-saree-${tag}`, description: 'Pure silk.\n\n- Zari border', categoryId: '', tags: ['silk'],
    price: '2499', compareAt: '2999', sku: `SAR-${tag}`, stock: '8', lowStockThreshold: '5', weightGrams: '600', lengthCm: '30',
    breadthCm: '25', heightCm: '4', visibility: 'public', availableInLives: true, options: [], variants: [],
    ...overrides,
  }
}
