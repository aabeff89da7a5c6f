import { ChevronRightIcon, MapPinIcon } from 'lucide-react'
import Link from 'next/link'
import { StoreLogo } from './store-logo'
import { StoreStats } from './store-rating'

export type StoreCardData = {
  name: string
  slug: string
  logoUrl: string | null
  ratingAvg: number | null
  ratingCount: number
  followerCount: number
  pickupCity: string
  pickupState: string
}

/** "Sold by" on the product page: who the seller is and a way to their store. */
export function StoreCard({ store }: { store: StoreCardData }) {
  return (
    <section aria-labelledby="seller-heading" className="relative flex items-center gap-3 rounded-xl border bg-card p-4 has-[a:focus-visible]:ring-2 has-[a:focus-visible]:ring-ring">
      <StoreLogo name={store.name} logoUrl={store.logoUrl} size={48} />
      <div className="min-w-0 flex-1">
        <p className="text-xs text-muted-foreground">Sold by</p>
        <h2 id="seller-heading" className="truncate text-base font-semibold">
          <Link href={`/s/${store.slug}`} className="outline-none after:absolute after:inset-0 hover:underline">
            {store.name}
          </Link>
        </h2>
        <StoreStats ratingAvg={store.ratingAvg} ratingCount={store.ratingCount} followerCount={store.followerCount} className="text-xs" />
        <p className="mt-0.5 flex items-center gap-1 text-xs text-muted-foreground">
          <MapPinIcon aria-hidden="true" className="size-3.5" />
          Ships from {store.pickupCity}, {store.pickupState}
        </p>
      </div>
      <ChevronRightIcon aria-hidden="true" className="size-5 shrink-0 text-muted-foreground" />
    </section>
  )
}
