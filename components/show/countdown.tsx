'use client'

import { useSyncExternalStore } from 'react'

const everySecond = (tick: () => void) => {
  const timer = setInterval(tick, 1000)
  return () => clearInterval(timer)
}
const currentSecond = () => Math.floor(Date.now() / 1000) * 1000
const noClock = () => null

function parts(ms: number) {
  const s = Math.max(0, Math.floor(ms / 1000))
  return { days: Math.floor(s / 86_400), hours: Math.floor((s % 86_400) / 3600), minutes: Math.floor((s % 3600) / 60), seconds: s % 60 }
}

/**
 * Time left to the start, ticking each second. The ticking digits are hidden from screen
 * readers (they would be read out endlessly); the start time next to it says the same once.
 */
export function Countdown({ startsAt }: { startsAt: string }) {
  const target = new Date(startsAt).getTime()
  // No clock on the server: the digits appear once the browser's clock is known, so they never mismatch.
  const now = useSyncExternalStore(everySecond, currentSecond, noClock)
  if (now === null) return <div className="h-16" aria-hidden="true" />
  const left = target - now
  if (left <= 0) {
    return <p className="text-base font-semibold text-primary-ink">Starting any moment — this page switches to the live show by itself.</p>
  }
  const p = parts(left)
  const cells = [
    ...(p.days > 0 ? [{ value: p.days, label: p.days === 1 ? 'day' : 'days' }] : []),
    { value: p.hours, label: 'hrs' },
    { value: p.minutes, label: 'min' },
    { value: p.seconds, label: 'sec' },
  ]
  return (
    <div role="timer" aria-hidden="true" className="flex gap-2">
      {cells.map((c) => (
        <span key={c.label} className="flex min-w-14 flex-col items-center rounded-lg bg-foreground px-2 py-1.5 text-background">
          <span className="text-2xl font-bold tabular-nums">{String(c.value).padStart(2, '0')}</span>
          <span className="text-[11px] uppercase tracking-wide opacity-80">{c.label}</span>
        </span>
      ))}
    </div>
  )
}
