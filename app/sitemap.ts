import type { MetadataRoute } from 'next'
import { connection } from 'next/server'
import { SITEMAP_IDS, sitemapEntries } from '@/lib/seo/sitemap'

// Runs at build time too: it must not read the database (lib/seo/sitemap.ts explains the slots).
export async function generateSitemaps() {
  return SITEMAP_IDS.map((id) => ({ id }))
}

export default async function sitemap({ id }: { id: Promise<string> }): Promise<MetadataRoute.Sitemap> {
  // Per request: the build prerenders nothing that reads the database.
  await connection()
  return sitemapEntries(await id)
}
