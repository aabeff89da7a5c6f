'use client'

import { CopyIcon, EyeIcon, EyeOffIcon, MonitorUpIcon } from 'lucide-react'
import { useId, useState } from 'react'
import { toast } from '@/components/ui/toast'
import { Button } from '@/components/ui/button'
import { Input } from '@/components/ui/input'
import type { ConsoleIngress } from '@/lib/dal/live-console'
import { createIngressAction } from './actions'
import { maskSecret } from './console-state'
import { useConsoleCommand } from './use-console-command'
import { CommandStatus } from './command-status'

type Props = { storeId: string; showId: string; driver: 'livekit' | 'embedded'; available: boolean; initial: ConsoleIngress | null }

async function copy(text: string, what: string) {
  try {
    await navigator.clipboard.writeText(text)
    toast.success(`${what} copied`)
  } catch {
    toast.error(`Could not copy. Select the ${what.toLowerCase()} and copy it yourself.`)
  }
}

/** OBS and other encoders: the ingest URL and a stream key that stays hidden until asked for. */
export function IngressPanel({ storeId, showId, driver, available, initial }: Props) {
  const [ingress, setIngress] = useState(initial)
  const [revealed, setRevealed] = useState(false)
  const command = useConsoleCommand()
  const ids = { url: useId(), key: useId() }

  if (driver !== 'livekit' || !available) {
    return <p className="text-[13px] text-muted-foreground">OBS streaming needs LiveKit; on the built-in video server you go live from this browser.</p>
  }

  return (
    <details className="group rounded-lg border p-3" open={ingress !== null}>
      <summary className="flex cursor-pointer items-center gap-2 text-sm font-medium">
        <MonitorUpIcon aria-hidden="true" className="size-4" /> Stream from OBS
      </summary>
      <div className="mt-3 grid gap-3">
        {ingress ? (
          <>
            <p className="text-[13px] text-muted-foreground">
              In OBS, open Settings → Stream, choose “Custom”, and paste these. Keep the stream key secret: anyone with it can broadcast as your store.
            </p>
            <div className="grid gap-1.5">
              <label htmlFor={ids.url} className="text-sm font-medium">
                {ingress.kind === 'whip' ? 'WHIP URL' : 'Server URL'}
              </label>
              <div className="flex gap-2">
                <Input id={ids.url} readOnly value={ingress.url} className="min-w-0 font-mono text-xs" onFocus={(e) => e.currentTarget.select()} />
                <Button type="button" variant="outline" size="icon" aria-label="Copy the server URL" onClick={() => void copy(ingress.url, 'Server URL')}>
                  <CopyIcon aria-hidden="true" />
                </Button>
              </div>
            </div>
            <div className="grid gap-1.5">
              <label htmlFor={ids.key} className="text-sm font-medium">
                Stream key
              </label>
              <div className="flex gap-2">
                <Input id={ids.key} readOnly value={revealed ? ingress.streamKey : maskSecret(ingress.streamKey)} className="min-w-0 font-mono text-xs" />
                <Button type="button" variant="outline" size="icon" aria-pressed={revealed} aria-label={revealed ? 'Hide the stream key' : 'Show the stream key'} onClick={() => setRevealed(!revealed)}>
                  {revealed ? <EyeOffIcon aria-hidden="true" /> : <EyeIcon aria-hidden="true" />}
                </Button>
                <Button type="button" variant="outline" size="icon" aria-label="Copy the stream key" onClick={() => void copy(ingress.streamKey, 'Stream key')}>
                  <CopyIcon aria-hidden="true" />
                </Button>
              </div>
            </div>
            <p className="text-[13px] text-muted-foreground">Start streaming in OBS, then press “Go live” here. Viewers see OBS instead of your camera.</p>
          </>
        ) : (
          <>
            <p className="text-[13px] text-muted-foreground">Get a server URL and stream key to broadcast from OBS or another encoder instead of this browser.</p>
            <Button
              type="button"
              variant="outline"
              className="w-fit"
              disabled={command.pending}
              onClick={() =>
                command.run('create', () => createIngressAction({ storeId, showId, kind: 'rtmp' }), (data) => {
                  setIngress(data)
                  return 'Your stream key is ready.'
                })
              }
            >
              {command.pending ? 'Creating…' : 'Get a stream key'}
            </Button>
          </>
        )}
        <CommandStatus command={command} />
      </div>
    </details>
  )
}
