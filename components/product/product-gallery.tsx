'use client'

import { ChevronLeftIcon, ChevronRightIcon, ImageOffIcon, PlayIcon } from 'lucide-react'
import Image from 'next/image'
import { useCallback, useEffect, useRef, useState } from 'react'
import { cn } from '@/lib/utils'
import { useProductVariant } from './product-variant-context'

export type GalleryItem = {
  id: string
  kind: 'image' | 'video'
  url: string
  alt: string
}

/** Matches the product page's columns: full width on phones, about half of max-w-7xl beside the details. */
export const GALLERY_SIZES = '(min-width: 1280px) 640px, (min-width: 1024px) 52vw, 100vw'

function reducedMotion(): boolean {
  return window.matchMedia('(prefers-reduced-motion: reduce)').matches
}

/**
 * A swipeable strip (CSS scroll snap, so touch works before hydration) with thumbnails and
 * arrow-key support. The first image is the page's LCP element and loads eagerly at high priority. Choosing a
 * variant with its own image scrolls to it.
 */
export function ProductGallery({ items, title }: { items: GalleryItem[]; title: string }) {
  const track = useRef<HTMLDivElement>(null)
  const [active, setActive] = useState(0)
  const { variant } = useProductVariant()
  const firstImage = items.findIndex((item) => item.kind === 'image')

  const show = useCallback(
    (index: number, smooth = true) => {
      const el = track.current
      if (!el || items.length === 0) return
      const next = (index + items.length) % items.length
      el.scrollTo({ left: next * el.clientWidth, behavior: smooth && !reducedMotion() ? 'smooth' : 'auto' })
      setActive(next)
    },
    [items.length],
  )

  useEffect(() => {
    if (!variant?.mediaId) return
    const index = items.findIndex((item) => item.id === variant.mediaId)
    if (index >= 0) show(index)
  }, [variant?.mediaId, items, show])

  useEffect(() => {
    const el = track.current
    if (!el) return
    let frame = 0
    const onScroll = () => {
      cancelAnimationFrame(frame)
      frame = requestAnimationFrame(() => setActive(Math.round(el.scrollLeft / Math.max(1, el.clientWidth))))
    }
    el.addEventListener('scroll', onScroll, { passive: true })
    return () => {
      el.removeEventListener('scroll', onScroll)
      cancelAnimationFrame(frame)
    }
  }, [])

  if (items.length === 0) {
    return (
      <div className="flex aspect-square w-full flex-col items-center justify-center gap-2 rounded-2xl bg-muted text-muted-foreground">
        <ImageOffIcon aria-hidden="true" className="size-10" />
        <span className="text-sm">No photos yet</span>
      </div>
    )
  }

  return (
    <div className="flex flex-col gap-3" data-testid="product-gallery">
      <div className="group/gallery relative">
        <div
          ref={track}
          tabIndex={0}
          role="region"
          aria-roledescription="carousel"
          aria-label={`Photos of ${title}`}
          onKeyDown={(event) => {
            if (event.key === 'ArrowRight') {
              event.preventDefault()
              show(active + 1)
            } else if (event.key === 'ArrowLeft') {
              event.preventDefault()
              show(active - 1)
            }
          }}
          className="flex aspect-square w-full snap-x snap-mandatory overflow-x-auto overscroll-x-contain rounded-2xl bg-muted outline-none [scrollbar-width:none] focus-visible:ring-2 focus-visible:ring-ring focus-visible:ring-offset-2 focus-visible:ring-offset-background [&::-webkit-scrollbar]:hidden"
        >
          {items.map((item, index) => (
            <div
              key={item.id}
              role="group"
              aria-roledescription="slide"
              aria-label={`${index + 1} of ${items.length}`}
              aria-hidden={index !== active ? true : undefined}
              className="relative aspect-square w-full shrink-0 snap-center snap-always"
            >
              {item.kind === 'video' ? (
                <video
                  src={item.url}
                  controls
                  playsInline
                  preload="metadata"
                  aria-label={item.alt || `Video of ${title}`}
                  tabIndex={index === active ? 0 : -1}
                  className="size-full bg-black object-contain"
                />
              ) : (
                <Image
                  src={item.url}
                  alt={item.alt || title}
                  fill
                  sizes={GALLERY_SIZES}
                  loading={index === firstImage ? 'eager' : 'lazy'}
                  fetchPriority={index === firstImage ? 'high' : undefined}
                  className="object-cover"
                />
              )}
            </div>
          ))}
        </div>

        {items.length > 1 ? (
          <>
            <button
              type="button"
              onClick={() => show(active - 1)}
              aria-label="Previous photo"
              className="absolute top-1/2 left-3 hidden size-10 -translate-y-1/2 items-center justify-center rounded-full bg-background/90 shadow-md ring-1 ring-foreground/10 transition-opacity outline-none focus-visible:ring-2 focus-visible:ring-ring sm:flex sm:opacity-0 sm:group-hover/gallery:opacity-100 sm:focus-visible:opacity-100"
            >
              <ChevronLeftIcon aria-hidden="true" className="size-5" />
            </button>
            <button
              type="button"
              onClick={() => show(active + 1)}
              aria-label="Next photo"
              className="absolute top-1/2 right-3 hidden size-10 -translate-y-1/2 items-center justify-center rounded-full bg-background/90 shadow-md ring-1 ring-foreground/10 transition-opacity outline-none focus-visible:ring-2 focus-visible:ring-ring sm:flex sm:opacity-0 sm:group-hover/gallery:opacity-100 sm:focus-visible:opacity-100"
            >
              <ChevronRightIcon aria-hidden="true" className="size-5" />
            </button>
            <p aria-hidden="true" className="absolute right-3 bottom-3 rounded-full bg-foreground/75 px-2.5 py-0.5 text-xs font-semibold text-background tabular-nums">
              {active + 1} / {items.length}
            </p>
          </>
        ) : null}
      </div>

      {items.length > 1 ? (
        <ul className="flex gap-2 overflow-x-auto pb-1" aria-label="Choose a photo">
          {items.map((item, index) => (
            <li key={item.id} className="shrink-0">
              <button
                type="button"
                onClick={() => show(index)}
                aria-label={`${item.kind === 'video' ? 'Video' : 'Photo'} ${index + 1} of ${items.length}`}
                aria-current={index === active ? 'true' : undefined}
                className={cn(
                  'relative block size-16 overflow-hidden rounded-lg border-2 bg-muted outline-none focus-visible:ring-2 focus-visible:ring-ring focus-visible:ring-offset-2 focus-visible:ring-offset-background sm:size-18',
                  index === active ? 'border-foreground' : 'border-transparent opacity-75 hover:opacity-100',
                )}
              >
                {item.kind === 'video' ? (
                  <span className="flex size-full items-center justify-center bg-foreground/80 text-background">
                    <PlayIcon aria-hidden="true" className="size-6 fill-current" />
                  </span>
                ) : (
                  <Image src={item.url} alt="" fill sizes="72px" className="object-cover" />
                )}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  )
}
