import Image from 'next/image'
import Link from 'next/link'

export function CategoryTiles({ categories }: { categories: { id: string; name: string; slug: string; imageUrl: string | null }[] }) {
  if (categories.length === 0) return null
  return (
    <section aria-labelledby="categories-heading" className="mx-auto w-full max-w-7xl px-4 sm:px-6">
      <h2 id="categories-heading" className="mb-3 text-xl font-semibold tracking-tight">
        Shop by category
      </h2>
      <ul className="grid grid-cols-3 gap-3 sm:grid-cols-5">
        {categories.map((c) => (
          <li key={c.id}>
            <Link
              href={`/c/${c.slug}`}
              className="group flex flex-col items-center gap-2 rounded-xl p-2 text-center outline-none hover:bg-muted focus-visible:ring-[3px] focus-visible:ring-ring/40"
            >
              <span className="relative block aspect-square w-full max-w-28 overflow-hidden rounded-full bg-muted">
                {c.imageUrl ? <Image src={c.imageUrl} alt="" fill sizes="112px" className="object-cover" /> : null}
              </span>
              <span className="text-sm font-medium">{c.name}</span>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  )
}
