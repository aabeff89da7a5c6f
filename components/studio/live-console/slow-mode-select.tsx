'use client'

import { useId, useState } from 'react'
import { setSlowModeAction } from '@/components/live/actions'
import { channels } from '@/lib/live/channels'
import type { ShowEvents } from '@/lib/live/events'
import { useChannelEvent } from '@/lib/services/realtime/client'
import { SLOW_MODE_SECONDS } from '@/lib/validations/live'
import { useConsoleCommand } from './use-console-command'

const label = (s: number) => (s === 0 ? 'Off' : s < 60 ? `${s} seconds` : `${s / 60} ${s === 60 ? 'minute' : 'minutes'}`)

/** How often each viewer may send a message; another moderator's change shows here too. */
export function SlowModeSelect({ showId, live, initial }: { showId: string; live: boolean; initial: number }) {
  const [seconds, setSeconds] = useState(initial)
  const command = useConsoleCommand()
  const id = useId()

  useChannelEvent<ShowEvents['slow-mode']>(channels.show(showId), 'slow-mode', (e) => setSeconds(e.seconds))

  const change = (value: number) => {
    const previous = seconds
    setSeconds(value)
    command.run(
      'slow',
      () => setSlowModeAction({ showId, seconds: value }),
      (data) => (data.seconds > 0 ? `Slow mode on: one message every ${label(data.seconds)}.` : 'Slow mode off.'),
      // The select shows what the server holds: the old value when it refuses.
      () => setSeconds(previous),
    )
  }

  return (
    <div className="grid gap-1">
      <div className="flex items-center gap-2">
        <label htmlFor={id} className="text-sm font-medium whitespace-nowrap">
          Slow mode
        </label>
        <select
          id={id}
          value={seconds}
          onChange={(e) => change(Number(e.target.value))}
          disabled={!live || command.pending}
          className="h-8 min-w-0 rounded-md border border-input bg-card px-2 text-sm"
        >
          {SLOW_MODE_SECONDS.map((s) => (
            <option key={s} value={s}>
              {label(s)}
            </option>
          ))}
        </select>
      </div>
      <p aria-live="polite" className="sr-only">
        {command.message}
      </p>
      {command.error ? (
        <p role="alert" className="text-[13px] font-medium text-destructive">
          {command.error}
        </p>
      ) : null}
    </div>
  )
}
