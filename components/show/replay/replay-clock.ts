'use client'

import { useEffect, useRef, useState, type RefObject } from 'react'

export type ReplayClock = {
  ms: number
  playing: boolean
  durationMs: number
  play: () => void
  pause: () => void
  seek: (ms: number) => void
}

/**
 * The recording's own time when there is a video (attach the returned ref to it); otherwise a
 * timeline that plays from 0.
 */
export function useReplayClock(hasVideo: boolean, fallbackDurationMs: number): [RefObject<HTMLVideoElement | null>, ReplayClock] {
  const videoRef = useRef<HTMLVideoElement>(null)
  const [ms, setMs] = useState(0)
  const [running, setRunning] = useState(false)
  const [videoDuration, setVideoDuration] = useState<number | null>(null)
  const durationMs = hasVideo && videoDuration ? videoDuration : fallbackDurationMs
  // The timeline stops by itself at the end; the video reports its own pause.
  const playing = running && (hasVideo || ms < durationMs)

  useEffect(() => {
    const el = videoRef.current
    if (!hasVideo || !el) return
    const onTime = () => setMs(Math.round(el.currentTime * 1000))
    const onPlay = () => setRunning(true)
    const onPause = () => setRunning(false)
    const onMeta = () => Number.isFinite(el.duration) && setVideoDuration(Math.round(el.duration * 1000))
    const events = [
      ['timeupdate', onTime],
      ['seeked', onTime],
      ['play', onPlay],
      ['pause', onPause],
      ['ended', onPause],
      ['loadedmetadata', onMeta],
    ] as const
    for (const [name, fn] of events) el.addEventListener(name, fn)
    return () => {
      for (const [name, fn] of events) el.removeEventListener(name, fn)
    }
  }, [hasVideo])

  useEffect(() => {
    if (hasVideo || !playing) return
    let last = performance.now()
    const timer = setInterval(() => {
      const now = performance.now()
      const step = now - last
      last = now
      setMs((current) => Math.min(durationMs, current + step))
    }, 250)
    return () => clearInterval(timer)
  }, [hasVideo, playing, durationMs])

  const play = () => {
    if (hasVideo) {
      void videoRef.current?.play().catch(() => {})
      return
    }
    if (ms >= durationMs) setMs(0)
    setRunning(true)
  }
  const pause = () => {
    if (hasVideo) videoRef.current?.pause()
    else setRunning(false)
  }
  const seek = (to: number) => {
    const clamped = Math.max(0, durationMs > 0 ? Math.min(to, durationMs) : to)
    if (hasVideo && videoRef.current) videoRef.current.currentTime = clamped / 1000
    setMs(clamped)
  }
  return [videoRef, { ms, playing, durationMs, play, pause, seek }]
}

/** How many of `offsets` (ascending) are at or before `ms`. */
export function countUpTo(offsets: readonly number[], ms: number): number {
  let lo = 0
  let hi = offsets.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (offsets[mid]! <= ms) lo = mid + 1
    else hi = mid
  }
  return lo
}
