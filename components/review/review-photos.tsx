import Image from 'next/image'

/** Thumbnails that open the full photo; no script needed on the product page. */
export function ReviewPhotos({ photos, author }: { photos: string[]; author: string }) {
  if (photos.length === 0) return null
  return (
    <ul className="flex flex-wrap gap-2" aria-label={`Photos from ${author}`}>
      {photos.map((url, i) => (
        <li key={url}>
          <a
            href={url}
            target="_blank"
            rel="noopener"
            className="relative block size-20 overflow-hidden rounded-lg border bg-muted outline-none focus-visible:ring-2 focus-visible:ring-ring focus-visible:ring-offset-2 focus-visible:ring-offset-background"
          >
            <Image src={url} alt={`Photo ${i + 1} of ${photos.length} from ${author} (opens full size)`} fill sizes="80px" className="object-cover" />
          </a>
        </li>
      ))}
    </ul>
  )
}
