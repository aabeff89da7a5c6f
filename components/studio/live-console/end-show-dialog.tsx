'use client'

import { SquareIcon } from 'lucide-react'
import { useState } from 'react'
import { endShowAction } from '@/components/studio/shows/actions'
import { Button } from '@/components/ui/button'
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle, DialogTrigger } from '@/components/ui/dialog'
import { useConsoleCommand } from './use-console-command'

type Ended = { status: 'scheduled' | 'live' | 'ended' | 'cancelled' }

/** Ending cannot be undone, so it asks once more; "Stay live" has the focus. */
export function EndShowDialog({ storeId, showId, onEnded }: { storeId: string; showId: string; onEnded: (data: Ended) => void }) {
  const [open, setOpen] = useState(false)
  const command = useConsoleCommand()

  const end = () =>
    command.run('end', () => endShowAction({ storeId, showId }), (data) => {
      setOpen(false)
      onEnded(data)
      return 'The show has ended.'
    })

  // Closing mid-request would hide the outcome of a step that cannot be undone.
  const changeOpen = (next: boolean) => {
    if (command.pending) return
    setOpen(next)
    command.clearError()
  }

  return (
    <Dialog open={open} onOpenChange={changeOpen}>
      <DialogTrigger asChild>
        <Button type="button" variant="destructive" data-testid="console-end-show">
          <SquareIcon aria-hidden="true" /> End show
        </Button>
      </DialogTrigger>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>End the show for everyone?</DialogTitle>
          <DialogDescription>
            Viewers are taken to the replay, chat closes and live prices stop. You cannot go live with this show again.
          </DialogDescription>
        </DialogHeader>
        {command.error ? (
          <p role="alert" className="text-sm font-medium text-destructive">
            {command.error}
          </p>
        ) : null}
        <DialogFooter>
          <Button type="button" variant="outline" onClick={() => setOpen(false)} disabled={command.pending} autoFocus>
            Stay live
          </Button>
          <Button type="button" variant="destructive" data-testid="console-end-show-confirm" onClick={end} disabled={command.pending}>
            {command.pending ? 'Ending…' : 'Yes, end the show'}
          </Button>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  )
}
