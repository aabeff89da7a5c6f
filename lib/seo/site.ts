import 'server-only'

import { getServiceConfig } from '@/lib/services'

/** The public origin pages are canonical on, e.g. "https://haat.in" (APP_URL). */
export function siteOrigin(): string {
  return getServiceConfig().appUrl.replace(/\/+$/, '')
}

export function absoluteUrl(path: string): string {
  return new URL(path, `${siteOrigin()}/`).toString()
}
