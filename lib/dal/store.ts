import 'server-only'

import { cache } from 'react'
import { getDb } from '@/db'
import { findStorePage, findStoreRef, listStoreShows } from '@/db/queries/store-page'
import { getMembership } from '@/db/queries/stores'
import { getCurrentUser } from '@/lib/auth'
import { cachedRead, tags } from '@/lib/cache'

type StoreRow = NonNullable<Awaited<ReturnType<typeof findStorePage>>>

function shapeStore(row: StoreRow) {
  return { ...row, createdAt: row.createdAt.toISOString(), updatedAt: row.updatedAt.toISOString() }
}

export type StorePageData = ReturnType<typeof shapeStore>

const getStoreRef = cachedRead((slug: string) => findStoreRef(getDb(), slug), 'store-ref', {
  tags: () => [tags.catalog],
  revalidateSeconds: 3600,
})

const getPublicStore = cachedRead(
  async (id: string) => {
    const row = await findStorePage(getDb(), id, { audience: 'public' })
    return row ? shapeStore(row) : null
  },
  'store-page',
  { tags: (id) => [tags.store(id)] },
)

/** The store as the public sees it, or null; never a preview. */
export async function getPublicStoreBySlug(slug: string): Promise<StorePageData | null> {
  const ref = await getStoreRef(slug)
  return ref ? getPublicStore(ref.id) : null
}

/** `/s/[slug]`: approved stores for everyone; a pending or suspended store only for its members, as a preview. */
export const getStorePage = cache(async (slug: string): Promise<{ store: StorePageData; preview: boolean } | null> => {
  const ref = await getStoreRef(slug)
  if (!ref) return null
  const visible = await getPublicStore(ref.id)
  if (visible) return { store: visible, preview: false }
  const user = await getCurrentUser()
  if (!user) return null
  const db = getDb()
  if (!(await getMembership(db, user.id, ref.id))) return null
  const row = await findStorePage(db, ref.id, { audience: 'member' })
  return row ? { store: shapeStore(row), preview: true } : null
})

export const getStoreShows = cachedRead(
  async (storeId: string) => {
    const db = getDb()
    const [upcoming, past] = await Promise.all([listStoreShows(db, storeId, 'upcoming', 8), listStoreShows(db, storeId, 'past', 8)])
    const toCard = (s: (typeof upcoming)[number]) => ({
      id: s.id,
      slug: s.slug,
      title: s.title,
      coverUrl: s.coverUrl,
      live: s.status === 'live',
      scheduledAt: s.scheduledAt.toISOString(),
      startedAt: s.startedAt?.toISOString() ?? null,
      language: s.language,
      storeName: s.storeName,
    })
    return { upcoming: upcoming.map(toCard), past: past.map(toCard) }
  },
  'store-shows',
  { tags: (storeId) => [tags.store(storeId), tags.shows], revalidateSeconds: 60 },
)
