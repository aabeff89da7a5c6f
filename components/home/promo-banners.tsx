import Image from 'next/image'
import { IntentLink } from '@/components/layout/intent-link'

type Banner = { id: string; title: string; subtitle: string | null; imageUrl: string | null; href: string }

export function PromoBanners({ banners }: { banners: Banner[] }) {
  if (banners.length === 0) return null
  const [first, ...rest] = banners
  return (
    <section aria-label="Promotions" className="mx-auto grid w-full max-w-7xl grid-cols-1 gap-4 px-4 pt-6 sm:px-6 lg:grid-cols-3">
      {[first!, ...rest].map((b, i) => (
        <IntentLink
          key={b.id}
          href={b.href}
          className={`group relative flex min-h-40 overflow-hidden rounded-2xl bg-secondary outline-none focus-visible:ring-[3px] focus-visible:ring-ring/40 ${i === 0 ? 'lg:col-span-2 lg:row-span-2 lg:min-h-80' : ''}`}
        >
          {b.imageUrl ? (
            <Image src={b.imageUrl} alt="" fill preload={i === 0} fetchPriority={i === 0 ? 'high' : undefined} sizes={i === 0 ? '(min-width: 1024px) 66vw, 100vw' : '(min-width: 1024px) 33vw, 100vw'} className="object-cover" />
          ) : null}
          <span className="absolute inset-0 bg-gradient-to-t from-black/70 via-black/25 to-transparent" aria-hidden="true" />
          <span className="relative mt-auto p-5 text-white">
            <span className={`block font-semibold tracking-tight ${i === 0 ? 'text-2xl sm:text-3xl' : 'text-lg'}`}>{b.title}</span>
            {b.subtitle ? <span className="mt-1 block text-sm text-white/85">{b.subtitle}</span> : null}
          </span>
        </IntentLink>
      ))}
    </section>
  )
}
