'use client'

import { EyeIcon } from 'lucide-react'
import Image from 'next/image'
import Link from 'next/link'
import { useRouter } from 'next/navigation'
import { useCallback, useEffect, useReducer, useRef, useState } from 'react'
import type { LiveRoomShow, RunListProduct } from '@/lib/dal/shows'
import { channels } from '@/lib/live/channels'
import type { Reaction, ShowEvents, ViewerStats } from '@/lib/live/events'
import { useChannelEvent, useConnectionState } from '@/lib/services/realtime/client'
import { ViewerStage, type VideoSession } from '@/lib/services/video/client'
import { BuySheet, type BuyTarget } from './buy-sheet'
import { ChatPanel } from './chat-panel'
import { PollCard } from './poll-card'
import { ProductRail } from './product-rail'
import { FloatingReactions, ReactionBar } from './reactions'
import { roomReducer } from './room-state'
import { SpotlightCard } from './spotlight-card'
import { useViewerHeartbeat } from './use-viewer-heartbeat'

export type RoomViewer = { userId: string; name: string; email: string; phone: string } | null

type Props = {
  show: LiveRoomShow
  me: RoomViewer
  moderator: boolean
  video: VideoSession
  viewers: ViewerStats | null
}

const compact = new Intl.NumberFormat('en-IN', { notation: 'compact' })

/** The live room (SPEC §6): video first, everything else patched in from the show channel. */
export function LiveRoomClient({ show, me, moderator, video, viewers }: Props) {
  const router = useRouter()
  const [state, dispatch] = useReducer(roomReducer, {
    status: show.status,
    spotlight: show.spotlight,
    stock: {},
    poll: show.poll,
    viewers,
    ticker: [],
    floating: [],
  })
  const [buying, setBuying] = useState<BuyTarget | null>(null)
  const nextId = useRef(1)
  const channel = channels.show(show.id)
  const connection = useConnectionState()
  useViewerHeartbeat(show.id, state.status === 'live')

  useChannelEvent<ShowEvents['spotlight']>(channel, 'spotlight', ({ product }) => dispatch({ type: 'spotlight', product }))
  useChannelEvent<ShowEvents['stock']>(channel, 'stock', ({ productId, stock }) => dispatch({ type: 'stock', productId, stock }))
  useChannelEvent<ShowEvents['poll']>(channel, 'poll', (poll) => dispatch({ type: 'poll', poll }))
  useChannelEvent<ShowEvents['viewers']>(channel, 'viewers', (v) => dispatch({ type: 'viewers', viewers: v }))
  useChannelEvent<ShowEvents['status']>(channel, 'status', ({ status }) => dispatch({ type: 'status', status }))
  useChannelEvent<ShowEvents['reactions']>(channel, 'reactions', ({ counts }) => {
    const firstId = nextId.current
    nextId.current += Object.values(counts).reduce((a, b) => a + Math.min(b, 6), 0)
    dispatch({ type: 'reactions', counts, firstId })
  })
  useChannelEvent<ShowEvents['just-bought']>(channel, 'just-bought', (item) => {
    const id = nextId.current++
    dispatch({ type: 'bought', item: { ...item, id } })
    setTimeout(() => dispatch({ type: 'ticker-expire', id }), 6_000)
  })

  // The ended show's page is the replay: fetch it once the host ends.
  useEffect(() => {
    if (state.status !== 'live') {
      const timer = setTimeout(() => router.refresh(), 1_500)
      return () => clearTimeout(timer)
    }
  }, [state.status, router])

  const onLocalReaction = useCallback((kind: Reaction) => {
    const firstId = nextId.current++
    dispatch({ type: 'reactions', counts: { [kind]: 1 }, firstId })
  }, [])

  const buy = (p: RunListProduct | NonNullable<typeof state.spotlight>) =>
    setBuying({ productId: p.productId, title: p.title, imageUrl: p.imageUrl, pricePaise: p.pricePaise })

  return (
    <div className="mx-auto grid w-full max-w-7xl grid-cols-[minmax(0,1fr)] gap-4 px-0 py-0 sm:px-4 sm:py-4 lg:grid-cols-[minmax(0,1fr)_22rem]">
      <div className="grid min-w-0 grid-cols-[minmax(0,1fr)] content-start gap-3">
        <div className="relative overflow-hidden bg-black sm:rounded-xl">
          <ViewerStage session={video} title={show.title} className="aspect-[9/16] max-h-[72svh] w-full sm:aspect-video sm:max-h-none" />
          {/* Top right: the stage keeps the top left for its sound button. */}
          <div className="pointer-events-none absolute top-0 right-0 flex max-w-[70%] flex-col items-end gap-2 p-2 sm:p-3">
            <div className="flex items-center gap-2">
              <span className="rounded bg-red-600 px-2 py-0.5 text-xs font-bold tracking-wide text-white uppercase">
                <span className="animate-live-pulse mr-1 inline-block size-1.5 rounded-full bg-white align-middle" aria-hidden />
                {state.status === 'live' ? 'Live' : 'Ended'}
              </span>
              {state.viewers ? (
                <span className="flex items-center gap-1 rounded bg-black/60 px-2 py-0.5 text-xs text-white" aria-label={`${state.viewers.concurrent} watching`} data-testid="viewer-count">
                  <EyeIcon className="size-3.5" aria-hidden />
                  {compact.format(state.viewers.concurrent)}
                </span>
              ) : null}
            </div>
            <ul aria-live="polite" aria-label="Just bought" className="grid justify-items-end gap-1" data-testid="ticker">
              {state.ticker.map((t) => (
                <li key={t.id} className="animate-pop-in truncate rounded-full bg-black/65 px-2.5 py-1 text-xs text-white">
                  🛍️ {t.firstName} from {t.city} just bought {t.productTitle}
                </li>
              ))}
            </ul>
          </div>
          <FloatingReactions items={state.floating} onDone={(id) => dispatch({ type: 'reaction-done', id })} />
          {state.spotlight ? (
            <div className="absolute inset-x-2 bottom-2 sm:inset-x-auto sm:right-3 sm:bottom-3 sm:left-3 sm:max-w-md">
              <SpotlightCard product={state.spotlight} onBuy={() => buy(state.spotlight!)} />
            </div>
          ) : null}
          {state.status !== 'live' ? (
            <div className="absolute inset-0 grid place-items-center bg-black/70 p-6 text-center text-white" role="status">
              <p className="text-lg font-semibold">{state.status === 'cancelled' ? 'This show was cancelled.' : 'The show has ended. Loading the replay…'}</p>
            </div>
          ) : null}
        </div>

        <div className="grid min-w-0 grid-cols-[minmax(0,1fr)] gap-3 px-3 sm:px-0">
          <div className="flex flex-wrap items-center justify-between gap-3">
            <div className="flex min-w-0 items-center gap-3">
              <Link href={`/s/${show.store.slug}`} className="bg-muted relative size-10 shrink-0 overflow-hidden rounded-full">
                {show.store.logoUrl ? <Image src={show.store.logoUrl} alt="" fill sizes="40px" className="object-cover" /> : null}
                <span className="sr-only">{show.store.name}</span>
              </Link>
              <div className="min-w-0">
                <h1 className="truncate text-lg leading-tight font-semibold">{show.title}</h1>
                <p className="text-muted-foreground truncate text-sm">
                  <Link href={`/s/${show.store.slug}`} className="hover:underline">
                    {show.store.name}
                  </Link>{' '}
                  · hosted by {show.hostName}
                </p>
              </div>
            </div>
            <ReactionBar showId={show.id} onLocal={onLocalReaction} />
          </div>
          {connection === 'unavailable' || connection === 'failed' ? (
            <p role="status" className="rounded-lg border border-amber-500/40 bg-amber-500/10 px-3 py-2 text-sm">
              Live updates are reconnecting. Chat and the spotlight will catch up in a moment.
            </p>
          ) : null}
          <ProductRail products={show.runList} spotlightId={state.spotlight?.productId ?? null} stock={state.stock} onBuy={buy} />
          {state.poll ? <PollCard key={state.poll.id} poll={state.poll} signedIn={me !== null} /> : null}
        </div>
      </div>

      <ChatPanel
        showId={show.id}
        initial={show.chat}
        pinned={show.pinned}
        slowModeSeconds={show.slowModeSeconds}
        me={me ? { userId: me.userId, name: me.name } : null}
        mode={moderator ? 'moderator' : 'viewer'}
        className="mx-3 h-[28rem] sm:mx-0 lg:sticky lg:top-20 lg:h-[calc(100svh-6rem)]"
      />
      <BuySheet showId={show.id} target={buying} me={me} onClose={() => setBuying(null)} />
    </div>
  )
}
