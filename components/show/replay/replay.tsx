'use client'

import { PauseIcon, PlayIcon, ShoppingBagIcon, VideoOffIcon } from 'lucide-react'
import Image from 'next/image'
import Link from 'next/link'
import { useEffect, useMemo, useRef } from 'react'
import { formatOffset } from '@/components/show/format'
import { Button } from '@/components/ui/button'
import type { ReplayChapter } from '@/lib/dal/shows'
import type { ChatMessage } from '@/lib/live/events'
import { cn, formatINR } from '@/lib/utils'
import { countUpTo, useReplayClock } from './replay-clock'

type Props = {
  showId: string
  title: string
  recordingUrl: string | null
  posterUrl: string | null
  durationMs: number
  chapters: ReplayChapter[]
  chat: ChatMessage[]
}

/** The most messages kept on screen; older ones scroll out of the replay as they would live. */
const VISIBLE_MESSAGES = 200

/** SPEC §5.5: the recording (or a timeline), chapters that seek, and the chat replayed in time. */
export function Replay({ showId, title, recordingUrl, posterUrl, durationMs, chapters, chat }: Props) {
  const [videoRef, clock] = useReplayClock(recordingUrl !== null, durationMs)
  const offsets = useMemo(() => chat.map((m) => m.mediaOffsetMs ?? 0), [chat])
  const shown = countUpTo(offsets, clock.ms)
  const visible = chat.slice(Math.max(0, shown - VISIBLE_MESSAGES), shown)
  const current = countUpTo(
    chapters.map((c) => c.offsetMs),
    clock.ms,
  ) - 1
  const log = useRef<HTMLOListElement>(null)
  useEffect(() => {
    const el = log.current
    if (el) el.scrollTop = el.scrollHeight
  }, [shown])

  const jump = (ms: number) => {
    clock.seek(ms)
    clock.play()
  }

  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_22rem]">
      <div className="grid content-start gap-4">
        {recordingUrl ? (
          <video ref={videoRef} src={recordingUrl} poster={posterUrl ?? undefined} controls playsInline preload="metadata" className="aspect-video w-full rounded-2xl bg-black" aria-label={`Recording of ${title}`} />
        ) : (
          <div className="grid gap-3 rounded-2xl border bg-muted/40 p-4">
            <p className="flex items-center gap-2 text-sm font-medium">
              <VideoOffIcon aria-hidden="true" className="size-5 text-muted-foreground" />
              This show wasn’t recorded. You can still replay the chat and shop every product from it.
            </p>
            <div className="flex items-center gap-3">
              <Button type="button" size="icon" variant="secondary" onClick={clock.playing ? clock.pause : clock.play} aria-label={clock.playing ? 'Pause the chat replay' : 'Play the chat replay'}>
                {clock.playing ? <PauseIcon aria-hidden="true" /> : <PlayIcon aria-hidden="true" />}
              </Button>
              <input
                type="range"
                min={0}
                max={Math.max(1000, clock.durationMs)}
                step={1000}
                value={Math.round(clock.ms)}
                onChange={(e) => clock.seek(Number(e.target.value))}
                aria-label="Replay position"
                aria-valuetext={`${formatOffset(clock.ms)} of ${formatOffset(clock.durationMs)}`}
                className="h-2 flex-1 accent-[var(--primary-ink)]"
              />
              <span className="w-24 shrink-0 text-right font-mono text-xs tabular-nums text-muted-foreground">
                {formatOffset(clock.ms)} / {formatOffset(clock.durationMs)}
              </span>
            </div>
          </div>
        )}

        <section aria-labelledby="chapters-heading" className="grid gap-3">
          <h2 id="chapters-heading" className="text-xl font-semibold tracking-tight">
            Chapters
          </h2>
          {chapters.length === 0 ? (
            <p className="text-sm text-muted-foreground">No products were spotlighted in this show.</p>
          ) : (
            <ol data-testid="replay-chapters" className="grid gap-2">
              {chapters.map((c, i) => (
                <li key={c.id} aria-current={i === current ? 'true' : undefined} className={cn('flex flex-wrap items-center gap-3 rounded-xl border bg-card p-2 sm:flex-nowrap', i === current && 'border-primary-ink/50 bg-accent')}>
                  <button
                    type="button"
                    onClick={() => jump(c.offsetMs)}
                    className="flex min-w-0 flex-1 items-center gap-3 rounded-lg text-left outline-none focus-visible:ring-2 focus-visible:ring-ring"
                    aria-label={`Jump to ${formatOffset(c.offsetMs)}: ${c.label}`}
                  >
                    <span className="w-14 shrink-0 font-mono text-sm font-semibold tabular-nums text-primary-ink">{formatOffset(c.offsetMs)}</span>
                    <span className="relative size-12 shrink-0 overflow-hidden rounded-md bg-muted">
                      {c.product?.imageUrl ? <Image src={c.product.imageUrl} alt="" fill sizes="48px" className="object-cover" /> : null}
                    </span>
                    <span className="min-w-0">
                      <span className="line-clamp-2 text-sm font-medium">{c.label}</span>
                      {c.product ? <span className="text-sm font-bold tabular-nums">{formatINR(c.product.pricePaise)}</span> : null}
                    </span>
                  </button>
                  {c.product ? (
                    <Button asChild size="sm" className="w-full sm:w-auto">
                      <Link href={`/p/${c.product.slug}?show=${showId}`} aria-label={`Buy ${c.product.title} from this moment`}>
                        <ShoppingBagIcon aria-hidden="true" /> Buy from this moment
                      </Link>
                    </Button>
                  ) : null}
                </li>
              ))}
            </ol>
          )}
        </section>
      </div>

      <section aria-labelledby="replay-chat-heading" className="flex max-h-[36rem] flex-col rounded-2xl border bg-card">
        <h2 id="replay-chat-heading" className="border-b px-4 py-3 text-base font-semibold">
          Chat replay <span className="text-sm font-normal text-muted-foreground">({shown} of {chat.length})</span>
        </h2>
        {chat.length === 0 ? (
          <p className="p-4 text-sm text-muted-foreground">No one chatted during this show.</p>
        ) : shown === 0 ? (
          <p className="p-4 text-sm text-muted-foreground">Messages appear here as the replay plays. Press play, or pick a chapter.</p>
        ) : null}
        <ol ref={log} className="grid flex-1 content-start gap-2 overflow-y-auto px-4 py-3 text-sm" aria-label="Chat messages so far">
          {visible.map((m) => (
            <li key={m.id} className={cn(m.kind === 'system' && 'text-muted-foreground italic')}>
              <span className={cn('mr-1.5 font-semibold', m.role === 'host' && 'text-primary-ink', m.role === 'moderator' && 'text-success')}>
                {m.name}
                {m.role === 'host' ? <span className="ml-1 rounded bg-primary/15 px-1 text-[10px] uppercase">Host</span> : null}
              </span>
              <span className="break-words">{m.body}</span>
              <span className="ml-2 font-mono text-[11px] text-muted-foreground tabular-nums">{formatOffset(m.mediaOffsetMs ?? 0)}</span>
            </li>
          ))}
        </ol>
      </section>
    </div>
  )
}
