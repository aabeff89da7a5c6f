import type { MetadataRoute } from 'next'
import { connection } from 'next/server'
import { sitemapFiles } from '@/lib/seo/sitemap'

export default async function robots(): Promise<MetadataRoute.Robots> {
  // The host and the list of sitemap files are known only at run time.
  await connection()
  return {
    rules: [{ userAgent: '*', allow: '/', disallow: ['/account', '/studio', '/admin', '/api', '/dev', '/cart', '/wishlist', '/sign-in', '/sign-up', '/forgot-password', '/reset-password'] }],
    sitemap: await sitemapFiles(),
  }
}
