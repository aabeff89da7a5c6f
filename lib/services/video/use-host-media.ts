'use client'

import { useCallback, useEffect, useRef, useState } from 'react'
import { describeMediaError, InsecureContextError } from './media-errors'

export type DeviceOption = { id: string; label: string }
type Facing = 'user' | 'environment'

export type HostMedia = {
  status: 'idle' | 'starting' | 'ready' | 'error'
  /** A new object whenever a device changes, so the driver half can swap tracks. */
  stream: MediaStream | null
  error: string | null
  cameras: DeviceOption[]
  microphones: DeviceOption[]
  cameraId: string | null
  microphoneId: string | null
  /** Set on phones, whose cameras report which way they face. */
  facing: Facing | null
  micOn: boolean
  cameraOn: boolean
}

const initial: HostMedia = { status: 'idle', stream: null, error: null, cameras: [], microphones: [], cameraId: null, microphoneId: null, facing: null, micOn: true, cameraOn: true }

const video = (extra: MediaTrackConstraints): MediaTrackConstraints => ({ width: { ideal: 1280 }, height: { ideal: 720 }, frameRate: { ideal: 30 }, ...extra })
const audio = (extra: MediaTrackConstraints): MediaTrackConstraints => ({ echoCancellation: true, noiseSuppression: true, ...extra })

/** Camera and microphone for HostStage: permission, device lists, switching, muting. */
export function useHostMedia() {
  const [media, setMedia] = useState<HostMedia>(initial)
  const stream = useRef<MediaStream | null>(null)
  const toggles = useRef({ micOn: true, cameraOn: true })

  const adopt = useCallback(async (next: MediaStream) => {
    for (const t of next.getAudioTracks()) t.enabled = toggles.current.micOn
    for (const t of next.getVideoTracks()) t.enabled = toggles.current.cameraOn
    stream.current = next
    const v = next.getVideoTracks()[0]?.getSettings()
    const a = next.getAudioTracks()[0]?.getSettings()
    // Labels are empty until permission is granted, so the lists are read after getUserMedia.
    const devices = await navigator.mediaDevices.enumerateDevices().catch(() => [] as MediaDeviceInfo[])
    const list = (kind: MediaDeviceKind, noun: string) =>
      devices.filter((d) => d.kind === kind && d.deviceId).map((d, i) => ({ id: d.deviceId, label: d.label || `${noun} ${i + 1}` }))
    setMedia((m) => ({
      ...m,
      status: 'ready',
      error: null,
      stream: next,
      cameras: list('videoinput', 'Camera'),
      microphones: list('audioinput', 'Microphone'),
      cameraId: v?.deviceId ?? null,
      microphoneId: a?.deviceId ?? null,
      facing: v?.facingMode === 'user' || v?.facingMode === 'environment' ? v.facingMode : null,
    }))
  }, [])

  const fail = useCallback((error: unknown) => setMedia((m) => ({ ...m, status: m.stream ? 'ready' : 'error', error: describeMediaError(error) })), [])

  const start = useCallback(async () => {
    if (!navigator.mediaDevices?.getUserMedia) return fail(new InsecureContextError())
    setMedia((m) => ({ ...m, status: 'starting', error: null }))
    try {
      await adopt(await navigator.mediaDevices.getUserMedia({ video: video({ facingMode: 'user' }), audio: audio({}) }))
    } catch (error) {
      fail(error)
    }
  }, [adopt, fail])

  /** Replaces one kind of track. The old one stops first: phones cannot open two cameras at once. */
  const replace = useCallback(
    async (kind: 'video' | 'audio', constraints: MediaTrackConstraints, fallback?: MediaTrackConstraints) => {
      const current = stream.current
      if (!current) return
      const keep = current.getTracks().filter((t) => t.kind !== kind)
      for (const t of current.getTracks()) if (t.kind === kind) t.stop()
      const open = (c: MediaTrackConstraints) => navigator.mediaDevices.getUserMedia(kind === 'video' ? { video: video(c) } : { audio: audio(c) })
      try {
        const fresh = await open(constraints)
        await adopt(new MediaStream([...keep, ...fresh.getTracks()]))
      } catch (error) {
        fail(error)
        const back = fallback ? await open(fallback).catch(() => null) : null
        await adopt(new MediaStream([...keep, ...(back?.getTracks() ?? [])]))
      }
    },
    [adopt, fail],
  )

  const selectCamera = useCallback((id: string) => replace('video', { deviceId: { exact: id } }, media.cameraId ? { deviceId: { exact: media.cameraId } } : undefined), [replace, media.cameraId])
  const selectMicrophone = useCallback((id: string) => replace('audio', { deviceId: { exact: id } }), [replace])

  const switchCamera = useCallback(() => {
    if (media.facing) {
      const next: Facing = media.facing === 'user' ? 'environment' : 'user'
      return replace('video', { facingMode: { exact: next } }, { facingMode: media.facing })
    }
    const index = media.cameras.findIndex((c) => c.id === media.cameraId)
    const next = media.cameras[(index + 1) % Math.max(1, media.cameras.length)]
    if (next) return selectCamera(next.id)
  }, [media.facing, media.cameras, media.cameraId, replace, selectCamera])

  const setMicOn = useCallback((on: boolean) => {
    toggles.current.micOn = on
    for (const t of stream.current?.getAudioTracks() ?? []) t.enabled = on
    setMedia((m) => ({ ...m, micOn: on }))
  }, [])
  const setCameraOn = useCallback((on: boolean) => {
    toggles.current.cameraOn = on
    for (const t of stream.current?.getVideoTracks() ?? []) t.enabled = on
    setMedia((m) => ({ ...m, cameraOn: on }))
  }, [])

  useEffect(() => {
    const md = typeof navigator !== 'undefined' ? navigator.mediaDevices : undefined
    const onChange = () => {
      if (stream.current) void adopt(stream.current)
    }
    md?.addEventListener('devicechange', onChange)
    return () => {
      md?.removeEventListener('devicechange', onChange)
      for (const t of stream.current?.getTracks() ?? []) t.stop()
      stream.current = null
    }
  }, [adopt])

  return { ...media, start, selectCamera, selectMicrophone, switchCamera, setMicOn, setCameraOn }
}
