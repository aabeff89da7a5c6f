'use client'

import { useTransition } from 'react'
import { REACTIONS, type Reaction } from '@/lib/live/events'
import { reactAction } from './actions'
import type { FloatingReaction } from './room-state'

export const REACTION_EMOJI: Record<Reaction, { emoji: string; label: string }> = {
  heart: { emoji: '❤️', label: 'Love it' },
  fire: { emoji: '🔥', label: 'Fire' },
  clap: { emoji: '👏', label: 'Applause' },
  laugh: { emoji: '😂', label: 'Funny' },
  wow: { emoji: '😮', label: 'Wow' },
}

/** Reaction buttons; the floating copies come back through the channel's batches for everyone. */
export function ReactionBar({ showId, onLocal }: { showId: string; onLocal: (kind: Reaction) => void }) {
  const [, start] = useTransition()
  return (
    <div role="group" aria-label="React" className="flex gap-1">
      {REACTIONS.map((kind) => (
        <button
          key={kind}
          type="button"
          className="hover:bg-muted focus-visible:ring-ring grid size-10 place-items-center rounded-full text-xl transition-transform outline-none focus-visible:ring-2 active:scale-90"
          aria-label={REACTION_EMOJI[kind].label}
          onClick={() => {
            onLocal(kind)
            start(async () => {
              await reactAction({ showId, kind })
            })
          }}
        >
          <span aria-hidden>{REACTION_EMOJI[kind].emoji}</span>
        </button>
      ))}
    </div>
  )
}

/** Hearts rising over the video; purely decorative. */
export function FloatingReactions({ items, onDone }: { items: FloatingReaction[]; onDone: (id: number) => void }) {
  return (
    <div aria-hidden className="pointer-events-none absolute inset-y-0 right-2 w-16 overflow-hidden motion-reduce:hidden">
      {items.map((r) => (
        <span
          key={r.id}
          className="animate-float-up absolute bottom-0 text-2xl"
          style={{ left: `${r.lane * 18}%` }}
          onAnimationEnd={() => onDone(r.id)}
        >
          {REACTION_EMOJI[r.kind as Reaction]?.emoji ?? '❤️'}
        </span>
      ))}
    </div>
  )
}
