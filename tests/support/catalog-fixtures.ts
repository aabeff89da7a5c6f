import crypto from 'node:crypto'
import type { Db } from '@/db/client'
import { categories, productMedia, productVariants, products, showProducts, shows, storeMembers, stores, users } from '@/db/schema'

/** Small catalogue builders for integration tests: unique slugs, only the columns that matter. */
export function catalogFixtures(db: Db) {
  const tag = () => crypto.randomBytes(4).toString('hex')

  async function user(name = 'Tester') {
    const [row] = await db.insert(users).values({ name, email: `${tag()}@example.com` }).returning({ id: users.id })
    return row!.id
  }

  async function store(status: 'pending' | 'approved' | 'rejected' | 'suspended' = 'approved', ownerId?: string) {
    const owner = ownerId ?? (await user('Owner'))
    const slug = `store-${tag()}`
    const [row] = await db
      .insert(stores)
      .values({
        ownerId: owner,
        name: `Store ${slug}`,
        slug,
        status,
        pickupName: 'Owner',
        pickupPhone: '+919876500000',
        pickupLine1: '1 Market Road',
        pickupCity: 'Pune',
        pickupState: 'Maharashtra',
        pickupPin: '411001',
      })
      .returning({ id: stores.id, slug: stores.slug })
    await db.insert(storeMembers).values({ storeId: row!.id, userId: owner, role: 'owner' })
    return { ...row!, ownerId: owner }
  }

  async function category(slug: string, parent?: { id: string; path: string }) {
    const unique = `${slug}-${tag()}`
    const [row] = await db
      .insert(categories)
      .values({ name: slug, slug: unique, path: parent ? `${parent.path}/${unique}` : unique, parentId: parent?.id ?? null, depth: parent ? 1 : 0 })
      .returning({ id: categories.id, path: categories.path, slug: categories.slug })
    return row!
  }

  async function product(
    storeId: string,
    values: Partial<typeof products.$inferInsert> & { categoryId?: string | null } = {},
  ) {
    const slug = `product-${tag()}`
    const [row] = await db
      .insert(products)
      .values({ storeId, title: `Product ${slug}`, slug, pricePaise: 99900, stock: 10, visibility: 'public', ...values })
      .returning({ id: products.id, slug: products.slug })
    return row!
  }

  async function media(productId: string, items: { position: number; kind?: 'image' | 'video' }[]) {
    return db
      .insert(productMedia)
      .values(items.map((m) => ({ productId, kind: m.kind ?? 'image', key: `t/${tag()}.webp`, url: `/files/t/${tag()}.webp`, alt: `pos ${m.position}`, position: m.position })))
      .returning({ id: productMedia.id, position: productMedia.position })
  }

  async function variants(productId: string, items: { values: string[]; pricePaise: number; stock: number; position: number; mediaId?: string }[]) {
    return db
      .insert(productVariants)
      .values(
        items.map((v) => ({
          productId,
          optionValues: v.values,
          title: v.values.join(' / '),
          sku: `SKU-${tag()}`,
          pricePaise: v.pricePaise,
          stock: v.stock,
          position: v.position,
          mediaId: v.mediaId ?? null,
        })),
      )
      .returning({ id: productVariants.id })
  }

  async function show(storeId: string, hostId: string, status: 'scheduled' | 'live' | 'ended' | 'cancelled', scheduledAt: Date, productIds: string[]) {
    const slug = `show-${tag()}`
    const [row] = await db.insert(shows).values({ storeId, hostId, slug, title: `Show ${slug}`, status, scheduledAt }).returning({ id: shows.id, slug: shows.slug })
    if (productIds.length > 0) await db.insert(showProducts).values(productIds.map((productId, position) => ({ showId: row!.id, productId, position })))
    return row!
  }

  return { user, store, category, product, media, variants, show }
}
