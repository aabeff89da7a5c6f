import { ChevronRightIcon } from 'lucide-react'
import Link from 'next/link'
import { StoreLogo } from '@/components/store/store-logo'
import { StoreStats } from '@/components/store/store-rating'
import type { ShowStore } from '@/lib/dal/shows'

/** Who is hosting: the store (with a way to it) and the host's name. */
export function ShowHost({ store, hostName }: { store: ShowStore; hostName: string }) {
  return (
    <section aria-label="Hosted by" className="relative flex items-center gap-3 rounded-xl border bg-card p-4 has-[a:focus-visible]:ring-2 has-[a:focus-visible]:ring-ring">
      <StoreLogo name={store.name} logoUrl={store.logoUrl} size={48} />
      <div className="min-w-0 flex-1">
        <p className="text-xs text-muted-foreground">Hosted by {hostName === store.name ? 'the store' : hostName}</p>
        <p className="truncate text-base font-semibold">
          <Link href={`/s/${store.slug}`} className="outline-none after:absolute after:inset-0 hover:underline">
            {store.name}
          </Link>
        </p>
        <StoreStats ratingAvg={store.ratingAvg} ratingCount={store.ratingCount} followerCount={store.followerCount} className="text-xs" />
      </div>
      <ChevronRightIcon aria-hidden="true" className="size-5 shrink-0 text-muted-foreground" />
    </section>
  )
}
