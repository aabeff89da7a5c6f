import type { banners, categories, coupons, showProducts, shows, storeMembers, stores } from '@/db/schema'
import { slugify } from '@/lib/validations/common'
import { bannerJob, categoryTileJob, logoJob, productImageJobs, showCoverJob } from './artwork'
import { buildCatalog, SUBCATEGORY_SEEDS, type BuiltProduct } from './catalog'
import { planCoupons } from './coupons'
import { USERS, type UserKey, type UserSeed } from './data/accounts'
import { CATEGORY_TREE } from './data/categories'
import { colourHex } from './data/colours'
import { BANNERS, SHOWS } from './data/shows'
import { STORES, type StoreKey } from './data/stores'
import type { ImageJob } from './images'
import type { MotifKind } from './motifs'
import { planOrderHistory, type OrderHistory } from './orders'
import { createRng, shopPrice, uuidFrom } from './random'
import { showStart } from './schedule'
import { planShowReplays, type ShowReplays } from './show-replays'

const SEED = 0x4a4a7 // any constant: the catalogue only has to be the same on every run
const DAY = 86_400_000
const ROOT_TINTS: Record<string, string> = {
  fashion: '#c0392b',
  electronics: '#3b6ea8',
  beauty: '#e75480',
  'home-kitchen': '#d4a017',
  handicrafts: '#2e4fa3',
}

export type SeedPlan = {
  users: (UserSeed & { id: string })[]
  categories: (typeof categories.$inferInsert)[]
  stores: (typeof stores.$inferInsert)[]
  storeMembers: (typeof storeMembers.$inferInsert)[]
  products: BuiltProduct[]
  shows: (typeof shows.$inferInsert)[]
  showProducts: (typeof showProducts.$inferInsert)[]
  /** Replay chapters and chat of the ended shows; the chat needs the shoppers' rows first. */
  showReplays: ShowReplays
  banners: (typeof banners.$inferInsert)[]
  coupons: (typeof coupons.$inferInsert)[]
  /** Shoppers, their past orders and reviews, and the demo buyer's address and orders. */
  history: OrderHistory
  images: ImageJob[]
}

const fileUrl = (key: string) => `/files/${key}`

/**
 * Part of the banner and show-cover file names: bump it when their artwork changes, since image
 * generation skips files that already exist.
 */
const ART_VERSION = 'v2'

/** The motifs of a store's goods, those of its largest subcategories first. */
function storeMotifs(store: StoreKey): MotifKind[] {
  const subs = SUBCATEGORY_SEEDS.filter((sub) => sub.store === store).sort((a, b) => b.items.length - a.items.length)
  return [...new Set(subs.map((sub) => sub.motif))]
}

export function planSeed(now: Date): SeedPlan {
  const rng = createRng(SEED)
  // Ids come from a stream of their own, so adding a row never changes the catalogue's draws.
  const idRng = createRng(SEED ^ 0x1d5)
  const newId = () => uuidFrom(idRng)
  const images: ImageJob[] = []
  const users = USERS.map((u) => ({ ...u, id: newId() }))
  const userId = (key: UserKey) => {
    const user = users.find((u) => u.key === key)
    if (!user) throw new Error(`Seed user missing: ${key}`)
    return user.id
  }

  const categoryRows: SeedPlan['categories'] = []
  const categoryIds = new Map<string, { id: string; name: string }>()
  CATEGORY_TREE.forEach((root, position) => {
    const rootId = newId()
    const addTile = (slug: string, name: string, motif: MotifKind, tint: string, index: number) => {
      const key = `seed/categories/${slug}.webp`
      images.push(categoryTileJob(key, name, root.slug, motif, tint, index))
      return fileUrl(key)
    }
    const rootTint = ROOT_TINTS[root.slug] ?? '#64748b'
    categoryRows.push({
      id: rootId,
      parentId: null,
      name: root.name,
      slug: root.slug,
      path: root.slug,
      depth: 0,
      position,
      description: root.description,
      imageUrl: addTile(root.slug, root.name, root.motif, rootTint, 0),
      commissionBps: root.commissionBps,
    })
    categoryIds.set(root.slug, { id: rootId, name: root.name })
    root.children.forEach((child, childPosition) => {
      const id = newId()
      const path = `${root.slug}/${child.slug}`
      const tintName = SUBCATEGORY_SEEDS.find((s) => s.path === path)?.tints[0]
      categoryRows.push({
        id,
        parentId: rootId,
        name: child.name,
        slug: child.slug,
        path,
        depth: 1,
        position: childPosition,
        description: child.description,
        imageUrl: addTile(child.slug, child.name, child.motif, (tintName && colourHex(tintName)) ?? rootTint, childPosition + 1),
        commissionBps: root.commissionBps,
      })
      categoryIds.set(path, { id, name: child.name })
    })
  })

  const storeRows: (SeedPlan['stores'][number] & { id: string; ownerId: string })[] = []
  const storeMembers: SeedPlan['storeMembers'] = []
  const storeInfo = {} as Record<StoreKey, { id: string; name: string; skuPrefix: string; city: string; ownerId: string }>
  for (const s of STORES) {
    const id = newId()
    const ownerId = userId(s.owner)
    const logoKey = `seed/stores/${s.slug}-logo.webp`
    const bannerKey = `seed/stores/${s.slug}-banner-${ART_VERSION}.webp`
    const logoMotif = SUBCATEGORY_SEEDS.find((sub) => sub.store === s.key)?.motif ?? 'fabric'
    images.push(logoJob(logoKey, initials(s.name), s.palette, logoMotif))
    images.push(bannerJob(bannerKey, s.palette, storeMotifs(s.key)))
    const owner = users.find((u) => u.id === ownerId)
    storeRows.push({
      id,
      ownerId,
      name: s.name,
      slug: s.slug,
      description: s.description,
      logoUrl: fileUrl(logoKey),
      bannerUrl: fileUrl(bannerKey),
      status: s.status,
      reviewedAt: s.status === 'approved' ? new Date(now.getTime() - rng.int(20, 200) * DAY) : null,
      reviewedBy: s.status === 'approved' ? userId('admin') : null,
      contactEmail: owner?.email ?? null,
      contactPhone: s.contactPhone,
      pickupName: owner?.name ?? s.name,
      pickupPhone: s.contactPhone,
      pickupLine1: s.pickup.line1,
      pickupLine2: s.pickup.line2 ?? null,
      pickupCity: s.pickup.city,
      pickupState: s.pickup.state,
      pickupPin: s.pickup.pin,
      gstin: s.gstin,
      pan: s.pan,
      returnWindowDays: s.returnWindowDays,
      codEnabled: s.codEnabled,
      shippingRule: s.shippingFeePaise === 0 ? 'flat' : 'free_over',
      shippingFeePaise: s.shippingFeePaise,
      freeShippingOverPaise: s.freeShippingOverPaise,
      affiliateCommissionBps: s.affiliateCommissionBps,
      ratingAvg: s.rating?.avg ?? null,
      ratingCount: s.rating?.count ?? 0,
      followerCount: s.followerCount,
      createdAt: new Date(now.getTime() - (s.status === 'approved' ? 240 : 2) * DAY),
    })
    storeMembers.push({ storeId: id, userId: ownerId, role: 'owner' })
    storeInfo[s.key] = { id, name: s.name, skuPrefix: s.skuPrefix, city: s.pickup.city, ownerId }
  }

  const products = buildCatalog({ rng, now, stores: storeInfo, categories: categoryIds, newId })
  for (const p of products) images.push(...productImageJobs(p.art))

  const showRows: SeedPlan['shows'] = []
  const runLists: SeedPlan['showProducts'] = []
  const palettes = new Map(STORES.map((s) => [s.key, s.palette] as const))
  for (const show of SHOWS) {
    const store = storeInfo[show.store]
    const id = newId()
    const slug = `${slugify(show.title)}-${rng.int(1000, 9999)}`
    const coverKey = `seed/shows/${slug}-${ART_VERSION}.webp`
    const accents = storeMotifs(show.store).filter((m) => m !== show.motif)
    images.push(showCoverJob(coverKey, palettes.get(show.store) ?? ['#334155', '#64748b'], show.motif, accents))
    const scheduledAt = showStart(now, show.time)
    const startedAt = show.ended ? new Date(scheduledAt.getTime() + 2 * 60_000) : null
    showRows.push({
      id,
      storeId: store.id,
      hostId: store.ownerId,
      slug,
      title: show.title,
      description: show.description,
      coverUrl: fileUrl(coverKey),
      categoryId: categoryIds.get(show.category)?.id ?? null,
      language: show.language,
      status: show.ended ? 'ended' : 'scheduled',
      scheduledAt,
      startedAt,
      endedAt: show.ended && startedAt ? new Date(startedAt.getTime() + show.ended.durationMin * 60_000) : null,
      peakViewers: show.ended?.peakViewers ?? 0,
      uniqueViewers: show.ended?.uniqueViewers ?? 0,
      // About six and a half minutes watched per viewer, a typical figure for a live sale.
      totalWatchMs: show.ended ? show.ended.uniqueViewers * 390_000 : 0,
      createdAt: new Date(scheduledAt.getTime() - 5 * DAY),
    })
    const sellable = products.filter((p) => p.store === show.store && p.row.visibility === 'public' && (p.row.stock ?? 0) > 0)
    const inCategory = sellable.filter((p) => p.categoryPath === show.category || p.categoryPath.startsWith(`${show.category}/`))
    const others = sellable.filter((p) => !inCategory.includes(p))
    const picked = [...rng.shuffle(inCategory), ...rng.shuffle(others)].slice(0, show.runListSize)
    picked.forEach((p, position) => {
      const live = shopPrice((p.row.pricePaise / 100) * 0.85) * 100
      runLists.push({
        showId: id,
        productId: p.row.id,
        position,
        livePricePaise: position % 2 === 0 && live < p.row.pricePaise ? live : null,
      })
    })
  }

  const bannerRows: SeedPlan['banners'] = BANNERS.map((b, position) => {
    const key = `seed/banners/${b.key}-${ART_VERSION}.webp`
    images.push(bannerJob(key, b.palette, b.motifs))
    return {
      title: b.title,
      subtitle: b.subtitle,
      imageUrl: fileUrl(key),
      href: b.href,
      position,
      active: true,
      startsAt: new Date(now.getTime() - DAY),
      endsAt: new Date(now.getTime() + 30 * DAY),
    }
  })

  const history = planOrderHistory({ now, newId, users, stores: storeRows, products })
  const showReplays = planShowReplays({
    shows: showRows as (SeedPlan['shows'][number] & { id: string })[],
    runLists,
    products: products.map((p) => ({ id: p.row.id, title: p.row.title, pricePaise: p.row.pricePaise })),
    viewers: history.users,
  })

  return {
    users,
    categories: categoryRows,
    stores: storeRows,
    storeMembers,
    products,
    shows: showRows,
    showProducts: runLists,
    showReplays,
    banners: bannerRows,
    coupons: planCoupons(storeRows, now),
    history,
    images,
  }
}

/** "Banarasi Weaves" → "BW", "TechBazaar" → "TB". */
function initials(name: string): string {
  const words = name.replace(/([a-z])([A-Z])/g, '$1 $2').split(/\s+/).filter((w) => /^[A-Z]/.test(w))
  return words
    .slice(0, 2)
    .map((w) => w[0])
    .join('')
}
