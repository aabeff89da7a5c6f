'use client'

import { useEffect } from 'react'
import {
  pushRecentlyViewed,
  RECENTLY_VIEWED_COOKIE,
  RECENTLY_VIEWED_MAX_AGE_SECONDS,
} from '@/lib/catalog/recently-viewed'

function readCookie(name: string): string | undefined {
  return document.cookie
    .split('; ')
    .find((part) => part.startsWith(`${name}=`))
    ?.slice(name.length + 1)
}

/**
 * Adds the product to the visitor's recently viewed list. Server components can't set cookies,
 * and a server action that did would re-render the page, so the browser writes it directly.
 */
export function RecentlyViewedRecorder({ productId }: { productId: string }) {
  useEffect(() => {
    const value = pushRecentlyViewed(readCookie(RECENTLY_VIEWED_COOKIE), productId)
    const secure = window.location.protocol === 'https:' ? '; secure' : ''
    document.cookie = `${RECENTLY_VIEWED_COOKIE}=${value}; path=/; max-age=${RECENTLY_VIEWED_MAX_AGE_SECONDS}; samesite=lax${secure}`
  }, [productId])
  return null
}
