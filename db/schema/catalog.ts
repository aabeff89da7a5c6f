import { sql } from 'drizzle-orm'
import {
  type AnyPgColumn,
  boolean,
  check,
  customType,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  real,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core'
import { stores } from './stores'
import { createdAt, id, updatedAt } from './_columns'

export const productVisibility = pgEnum('product_visibility', ['draft', 'private', 'public'])
export const productStatus = pgEnum('product_status', ['active', 'archived', 'suspended'])
export const mediaKind = pgEnum('media_kind', ['image', 'video'])

export const categories = pgTable(
  'categories',
  {
    id: id(),
    parentId: uuid('parent_id').references((): AnyPgColumn => categories.id),
    name: text('name').notNull(),
    slug: text('slug').notNull(),
    /** Slash-joined slugs from the root ("fashion/sarees"): subtree queries are a prefix match. */
    path: text('path').notNull(),
    depth: integer('depth').notNull().default(0),
    position: integer('position').notNull().default(0),
    description: text('description'),
    imageUrl: text('image_url'),
    /** Platform commission for this category, in basis points (1500 = 15%). */
    commissionBps: integer('commission_bps').notNull().default(1000),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('categories_slug_key').on(t.slug),
    uniqueIndex('categories_path_key').on(t.path),
    index('categories_parent_idx').on(t.parentId),
  ],
)

export type ProductOption = { name: string; values: string[] }

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' })

/**
 * Full-text document (docs/decisions/0006-search.md): title (A), tags (B), description without
 * markup (C), store and category names (D). The helper functions are created by the migration
 * because a generated column may only call immutable functions.
 */
const searchDocument = sql`setweight(to_tsvector('english', title), 'A')
  || setweight(to_tsvector('english', search_tags_text(tags)), 'B')
  || setweight(to_tsvector('english', search_plain_text(description)), 'C')
  || setweight(to_tsvector('english', search_context), 'D')`

const publicOnly = sql`visibility = 'public' and status = 'active'`

export const products = pgTable(
  'products',
  {
    id: id(),
    storeId: uuid('store_id')
      .notNull()
      .references(() => stores.id),
    categoryId: uuid('category_id').references(() => categories.id),
    title: text('title').notNull(),
    slug: text('slug').notNull(),
    /** Sanitised HTML. */
    description: text('description').notNull().default(''),
    pricePaise: integer('price_paise').notNull(),
    compareAtPaise: integer('compare_at_paise'),
    sku: text('sku'),
    /** For products with variants this is the sum of the variants' stock, kept by the same transaction. */
    stock: integer('stock').notNull().default(0),
    lowStockThreshold: integer('low_stock_threshold').notNull().default(5),
    weightGrams: integer('weight_grams').notNull().default(500),
    lengthCm: integer('length_cm').notNull().default(20),
    breadthCm: integer('breadth_cm').notNull().default(15),
    heightCm: integer('height_cm').notNull().default(5),
    tags: text('tags').array().notNull().default(sql`'{}'::text[]`),
    options: jsonb('options').$type<ProductOption[]>().notNull().default([]),
    visibility: productVisibility('visibility').notNull().default('draft'),
    status: productStatus('status').notNull().default('active'),
    statusReason: text('status_reason'),
    availableInLives: boolean('available_in_lives').notNull().default(true),
    /** Overrides the store's affiliate rate for this product, in basis points. */
    affiliateCommissionBps: integer('affiliate_commission_bps'),
    ratingAvg: real('rating_avg'),
    ratingCount: integer('rating_count').notNull().default(0),
    soldCount: integer('sold_count').notNull().default(0),
    /** Store name and category names (root first), kept by database triggers for search. */
    searchContext: text('search_context').notNull().default(''),
    searchVector: tsvector('search_vector').notNull().generatedAlwaysAs(searchDocument),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('products_slug_key').on(t.slug),
    uniqueIndex('products_store_sku_key').on(t.storeId, t.sku),
    index('products_store_idx').on(t.storeId, t.createdAt),
    index('products_category_idx').on(t.categoryId),
    index('products_title_trgm_idx').using('gin', sql`${t.title} gin_trgm_ops`),
    index('products_search_idx').using('gin', t.searchVector),
    // Search pages too broad to rank walk one of these in order (db/queries/search.ts).
    index('products_public_best_selling_idx').on(t.soldCount.desc(), t.id).where(publicOnly),
    index('products_public_newest_idx').on(t.createdAt.desc(), t.id.desc()).where(publicOnly),
    index('products_public_price_idx').on(t.pricePaise, t.id).where(publicOnly),
    index('products_public_rating_idx').on(t.ratingAvg.desc().nullsLast(), t.ratingCount.desc(), t.id).where(publicOnly),
    check('products_stock_nonnegative', sql`${t.stock} >= 0`),
    check('products_price_positive', sql`${t.pricePaise} > 0`),
    check('products_compare_at_above_price', sql`${t.compareAtPaise} IS NULL OR ${t.compareAtPaise} > ${t.pricePaise}`),
  ],
)

export const productMedia = pgTable(
  'product_media',
  {
    id: id(),
    productId: uuid('product_id')
      .notNull()
      .references(() => products.id, { onDelete: 'cascade' }),
    kind: mediaKind('kind').notNull().default('image'),
    /** Storage key; the URL is derived by the storage service. */
    key: text('key').notNull(),
    url: text('url').notNull(),
    alt: text('alt').notNull().default(''),
    width: integer('width'),
    height: integer('height'),
    position: integer('position').notNull().default(0),
    createdAt: createdAt(),
  },
  (t) => [index('product_media_product_idx').on(t.productId, t.position)],
)

export const productVariants = pgTable(
  'product_variants',
  {
    id: id(),
    productId: uuid('product_id')
      .notNull()
      .references(() => products.id, { onDelete: 'cascade' }),
    /** Values in the order of the product's options, e.g. ["M", "Red"]. */
    optionValues: text('option_values').array().notNull(),
    title: text('title').notNull(),
    sku: text('sku'),
    pricePaise: integer('price_paise').notNull(),
    compareAtPaise: integer('compare_at_paise'),
    stock: integer('stock').notNull().default(0),
    mediaId: uuid('media_id').references(() => productMedia.id, { onDelete: 'set null' }),
    position: integer('position').notNull().default(0),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('product_variants_product_idx').on(t.productId, t.position),
    check('product_variants_stock_nonnegative', sql`${t.stock} >= 0`),
    check('product_variants_price_positive', sql`${t.pricePaise} > 0`),
  ],
)

export const inventoryMovements = pgTable(
  'inventory_movements',
  {
    id: id(),
    productId: uuid('product_id')
      .notNull()
      .references(() => products.id, { onDelete: 'cascade' }),
    variantId: uuid('variant_id').references(() => productVariants.id, { onDelete: 'cascade' }),
    delta: integer('delta').notNull(),
    reason: text('reason').notNull(),
    orderId: uuid('order_id'),
    actorId: uuid('actor_id'),
    createdAt: createdAt(),
  },
  (t) => [index('inventory_movements_product_idx').on(t.productId, t.createdAt)],
)
