'use client'

import type { Dispatch } from 'react'
import { closePollAction } from '@/components/live/actions'
import { Button } from '@/components/ui/button'
import type { PollState } from '@/lib/live/events'
import { pollIsOpen, pollShares, type ConsoleAction } from './console-state'
import { PollForm } from './poll-form'
import { useConsoleCommand } from './use-console-command'
import { useNow } from './use-now'
import { CommandStatus } from './command-status'

/** Starts a poll, shows its results as votes arrive, and closes it early when the host wants. */
export function PollPanel({ showId, live, poll, dispatch }: { showId: string; live: boolean; poll: PollState | null; dispatch: Dispatch<ConsoleAction> }) {
  const now = useNow(poll !== null && !poll.closed)
  const command = useConsoleCommand()
  // Before the clock has ticked on the client, trust the server's flag.
  const open = now === null ? poll !== null && !poll.closed : pollIsOpen(poll, now)
  const secondsLeft = poll && now !== null ? Math.max(0, Math.ceil((Date.parse(poll.endsAt) - now) / 1000)) : null

  const close = (p: PollState) =>
    command.run('close', () => closePollAction({ pollId: p.id }), (state) => {
      dispatch({ type: 'poll', poll: state })
      return 'Poll closed.'
    })

  return (
    <section aria-labelledby="console-polls" className="grid gap-4 rounded-xl border bg-card p-4">
      <h2 id="console-polls" className="text-base font-semibold">
        Poll
      </h2>
      {poll ? (
        <div className="grid gap-3">
          <div className="flex flex-wrap items-baseline justify-between gap-2">
            <p className="font-medium">{poll.question}</p>
            <p className="text-xs text-muted-foreground tabular-nums">
              {open ? (secondsLeft !== null ? `${secondsLeft} s left` : 'Open') : 'Final results'} · {poll.total} {poll.total === 1 ? 'vote' : 'votes'}
            </p>
          </div>
          <PollResults poll={poll} />
          {open ? (
            <Button type="button" variant="outline" className="w-fit" onClick={() => close(poll)} disabled={command.pending}>
              {command.pending ? 'Closing…' : 'Close poll'}
            </Button>
          ) : null}
        </div>
      ) : null}
      <CommandStatus command={command} />
      {!open ? (
        <>
          {!live ? <p className="text-[13px] text-muted-foreground">Polls open when you go live; you can write one now.</p> : null}
          <PollForm showId={showId} disabled={!live} onCreated={(p) => dispatch({ type: 'poll', poll: p })} />
        </>
      ) : null}
    </section>
  )
}

function PollResults({ poll }: { poll: PollState }) {
  const shares = pollShares(poll)
  const leader = Math.max(...poll.counts)
  return (
    <ul className="grid gap-2" aria-label="Results">
      {poll.options.map((option, i) => (
        <li key={option} className="grid gap-1">
          <div className="flex justify-between gap-2 text-sm">
            <span className={poll.counts[i] === leader && leader > 0 ? 'font-semibold' : undefined}>{option}</span>
            <span className="tabular-nums text-muted-foreground">
              {shares[i]}% · {poll.counts[i]}
            </span>
          </div>
          <div className="h-2 overflow-hidden rounded-full bg-muted" aria-hidden="true">
            <div className="h-full rounded-full bg-primary transition-[width] duration-500" style={{ width: `${shares[i]}%` }} />
          </div>
        </li>
      ))}
    </ul>
  )
}
