'use client'

import { useDeferredValue, useId, useState } from 'react'
import { Label } from '@/components/ui/label'
import { Textarea } from '@/components/ui/textarea'
import { CHAT_MAX_CHARS, findBlockedWord } from '@/lib/domain/chat'
import { cn } from '@/lib/utils'

/** Runs the chat's own matcher in the browser, so a seller can see what a word catches before saving. */
export function BlockedWordTester({ words }: { words: readonly string[] }) {
  const id = useId()
  const [sample, setSample] = useState('')
  const deferred = useDeferredValue(sample)
  const hit = deferred.trim() ? findBlockedWord(deferred, words) : null

  let verdict = 'Type a message to see whether chat would accept it.'
  if (deferred.trim() && hit) verdict = `Refused: it contains “${hit}”. The sender is told the store doesn’t allow a word in it.`
  else if (deferred.trim()) verdict = words.length === 0 ? 'Sent: your list is empty.' : 'Sent: no blocked word found.'

  return (
    <div className="grid gap-2">
      <Label htmlFor={`${id}-sample`}>Sample message</Label>
      <Textarea
        id={`${id}-sample`}
        value={sample}
        onChange={(e) => setSample(e.target.value)}
        maxLength={CHAT_MAX_CHARS * 2}
        rows={2}
        placeholder="Is this a sc4m? WhatsApp me on 98765…"
        aria-describedby={`${id}-hint ${id}-verdict`}
      />
      <p id={`${id}-hint`} className="text-[13px] text-muted-foreground">
        Checks against the list above, including changes you haven’t saved. Nothing is sent.
      </p>
      <p
        id={`${id}-verdict`}
        aria-live="polite"
        className={cn('rounded-md border px-3 py-2 text-sm', hit ? 'border-destructive/40 bg-destructive/5 text-destructive' : deferred.trim() ? 'border-success/40 bg-success/5' : 'text-muted-foreground')}
      >
        {verdict}
      </p>
    </div>
  )
}
