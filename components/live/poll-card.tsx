'use client'

import Link from 'next/link'
import { usePathname } from 'next/navigation'
import { useEffect, useState, useTransition } from 'react'
import type { PollState } from '@/lib/live/events'
import { cn } from '@/lib/utils'
import { votePollAction } from './actions'

export function pollPercent(poll: PollState, index: number): number {
  return poll.total === 0 ? 0 : Math.round(((poll.counts[index] ?? 0) / poll.total) * 100)
}

function useSecondsLeft(endsAt: string) {
  const [now, setNow] = useState(() => Date.now())
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000)
    return () => clearInterval(timer)
  }, [])
  return Math.max(0, Math.ceil((Date.parse(endsAt) - now) / 1000))
}

/** A timed poll with live results (SPEC §6.7): vote once, then watch the bars move. */
export function PollCard({ poll, signedIn }: { poll: PollState; signedIn: boolean }) {
  const pathname = usePathname()
  const [voted, setVoted] = useState<number | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [pending, start] = useTransition()
  const secondsLeft = useSecondsLeft(poll.endsAt)
  const closed = poll.closed || secondsLeft === 0
  const showResults = closed || voted !== null || !signedIn

  function vote(index: number) {
    setError(null)
    start(async () => {
      const result = await votePollAction({ pollId: poll.id, optionIndex: index })
      if (!result.ok) return setError(result.formError ?? 'Your vote didn’t count. Try again.')
      setVoted(index)
    })
  }

  return (
    <section aria-labelledby={`poll-${poll.id}`} className="bg-card grid gap-3 rounded-xl border p-3" data-testid="poll">
      <div className="flex items-baseline justify-between gap-2">
        <h2 id={`poll-${poll.id}`} className="text-sm font-semibold">
          <span className="text-primary mr-1.5 text-xs uppercase">Poll</span>
          {poll.question}
        </h2>
        <span className="text-muted-foreground shrink-0 text-xs">{closed ? 'Closed' : `${secondsLeft}s left`}</span>
      </div>
      <ul className="grid gap-2" aria-live="polite">
        {poll.options.map((option, i) => (
          <li key={i}>
            {showResults ? (
              <div className="relative overflow-hidden rounded-lg border px-3 py-2 text-sm">
                <div className={cn('absolute inset-y-0 left-0 transition-[width] duration-500', voted === i ? 'bg-primary/25' : 'bg-muted')} style={{ width: `${pollPercent(poll, i)}%` }} aria-hidden />
                <span className="relative flex justify-between gap-2">
                  <span>
                    {option}
                    {voted === i ? <span className="sr-only"> (your vote)</span> : null}
                  </span>
                  <span className="font-medium">{pollPercent(poll, i)}%</span>
                </span>
              </div>
            ) : (
              <button
                type="button"
                disabled={pending}
                onClick={() => vote(i)}
                className="hover:border-primary focus-visible:ring-ring w-full rounded-lg border px-3 py-2 text-left text-sm outline-none focus-visible:ring-2"
              >
                {option}
              </button>
            )}
          </li>
        ))}
      </ul>
      <p className="text-muted-foreground text-xs">
        {poll.total} {poll.total === 1 ? 'vote' : 'votes'}
        {!signedIn && !closed ? (
          <>
            {' · '}
            <Link href={`/sign-in?callbackUrl=${encodeURIComponent(pathname)}`} className="text-primary underline underline-offset-2">
              Sign in to vote
            </Link>
          </>
        ) : null}
      </p>
      {error ? (
        <p className="text-destructive text-xs" role="alert">
          {error}
        </p>
      ) : null}
    </section>
  )
}
