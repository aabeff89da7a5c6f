'use client'

import { useState, useTransition } from 'react'
import { Button } from '@/components/ui/button'
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from '@/components/ui/dialog'
import { Textarea } from '@/components/ui/textarea'
import type { ChatMessage } from '@/lib/live/events'
import { CHAT_REPORT_REASONS } from '@/lib/validations/live'
import { reportChatAction } from './actions'

type Reason = keyof typeof CHAT_REPORT_REASONS

export function ChatReportDialog({ message, onClose, onDone }: { message: ChatMessage | null; onClose: () => void; onDone: (note: string) => void }) {
  const [reason, setReason] = useState<Reason>('spam')
  const [details, setDetails] = useState('')
  const [errors, setErrors] = useState<Record<string, string[] | undefined>>({})
  const [formError, setFormError] = useState<string | null>(null)
  const [pending, start] = useTransition()

  function submit(event: React.FormEvent) {
    event.preventDefault()
    if (!message) return
    start(async () => {
      const result = await reportChatAction({ messageId: message.id, reason, details: details.trim() || undefined })
      if (!result.ok) {
        setErrors(result.fieldErrors ?? {})
        setFormError(result.formError ?? null)
        return
      }
      setDetails('')
      setErrors({})
      setFormError(null)
      onDone('Thanks — the store’s moderators will look at it.')
    })
  }

  return (
    <Dialog open={message !== null} onOpenChange={(open) => (open ? undefined : onClose())}>
      <DialogContent>
        <form onSubmit={submit} className="grid gap-4">
          <DialogHeader>
            <DialogTitle>Report this message</DialogTitle>
            <DialogDescription className="line-clamp-2">
              {message?.name}: “{message?.body}”
            </DialogDescription>
          </DialogHeader>
          <fieldset className="grid gap-2">
            <legend className="mb-1 text-sm font-medium">What is wrong with it?</legend>
            {(Object.entries(CHAT_REPORT_REASONS) as [Reason, string][]).map(([value, label]) => (
              <label key={value} className="flex items-center gap-2 text-sm">
                <input type="radio" name="reason" value={value} checked={reason === value} onChange={() => setReason(value)} className="accent-primary size-4" />
                {label}
              </label>
            ))}
          </fieldset>
          <div className="grid gap-1.5">
            <label htmlFor="report-details" className="text-sm font-medium">
              Details {reason === 'other' ? '' : '(optional)'}
            </label>
            <Textarea
              id="report-details"
              value={details}
              maxLength={300}
              onChange={(e) => setDetails(e.target.value)}
              aria-invalid={errors.details ? true : undefined}
              aria-describedby={errors.details ? 'report-details-error' : undefined}
            />
            {errors.details ? (
              <p id="report-details-error" className="text-destructive text-sm">
                {errors.details[0]}
              </p>
            ) : null}
          </div>
          {formError ? (
            <p role="alert" className="text-destructive text-sm">
              {formError}
            </p>
          ) : null}
          <DialogFooter>
            <Button type="button" variant="outline" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" disabled={pending}>
              {pending ? 'Sending…' : 'Report'}
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  )
}
