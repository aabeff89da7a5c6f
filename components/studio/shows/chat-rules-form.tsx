'use client'

import { CircleAlertIcon, CircleCheckIcon, SaveIcon } from 'lucide-react'
import { useState, useTransition } from 'react'
import { Button } from '@/components/ui/button'
import { FormField } from '@/components/ui/form-field'
import type { FieldErrors } from '@/lib/actions/errors'
import { cn } from '@/lib/utils'
import { BLOCKED_WORD_MAX_CHARS, BLOCKED_WORD_MIN_CHARS, MAX_BLOCKED_WORDS, blockedWordsSchema, normaliseBlockedWords } from '@/lib/validations/blocked-words'
import { ChipInput } from '../chip-input'
import { BlockedWordTester } from './blocked-word-tester'
import { saveBlockedWordsAction } from './blocked-words-actions'

type Status = { tone: 'success' | 'error'; text: string } | null

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((w, i) => w === b[i])

function wordErrors(fieldErrors: FieldErrors | undefined): string[] {
  return Object.entries(fieldErrors ?? {}).flatMap(([key, messages]) => (key === 'words' || key.startsWith('words.') ? (messages ?? []) : []))
}

/** The store's blocked words as chips, saved as a whole list (SPEC §6.1). */
export function ChatRulesForm({ storeId, initial, readOnly }: { storeId: string; initial: string[]; readOnly: boolean }) {
  const [saved, setSaved] = useState(initial)
  const [words, setWords] = useState(initial)
  const [errors, setErrors] = useState<string[]>([])
  const [status, setStatus] = useState<Status>(null)
  const [pending, startTransition] = useTransition()
  const dirty = !sameList([...words].sort(), [...saved].sort())

  const change = (next: string[]) => {
    setWords(normaliseBlockedWords(next))
    setErrors([])
    setStatus(null)
  }

  const save = (event: React.FormEvent) => {
    event.preventDefault()
    setStatus(null)
    const local = blockedWordsSchema.safeParse({ storeId, words })
    if (!local.success) {
      setErrors(local.error.issues.map((i) => i.message))
      setStatus({ tone: 'error', text: 'Some words need attention before you can save. See the list below the words.' })
      return
    }
    startTransition(async () => {
      try {
        const result = await saveBlockedWordsAction({ storeId, words })
        if (!result.ok) {
          setErrors(wordErrors(result.fieldErrors))
          setStatus({ tone: 'error', text: result.formError ?? 'Nothing was saved. Reload the page and try again.' })
          return
        }
        setSaved(result.data.words)
        setWords(result.data.words)
        setErrors([])
        const n = result.data.words.length
        setStatus({ tone: 'success', text: n === 0 ? 'Saved. No words are blocked now.' : `Saved. ${n} ${n === 1 ? 'word or phrase is' : 'words and phrases are'} blocked in your shows’ chat.` })
      } catch {
        setStatus({ tone: 'error', text: 'We could not reach Haat. Check your connection and try again — your list is still here.' })
      }
    })
  }

  return (
    <div className="grid max-w-2xl gap-8">
      <form onSubmit={save} noValidate className="grid gap-6" aria-label="Blocked words">
        <FormField
          label="Blocked words and phrases"
          description={`Press Enter or a comma after each one. Each ${BLOCKED_WORD_MIN_CHARS} to ${BLOCKED_WORD_MAX_CHARS} characters, up to ${MAX_BLOCKED_WORDS} in all. ${words.length} in the list.`}
          error={errors}
        >
          <ChipInput
            values={words}
            // The chips' remove buttons stay clickable while the input is disabled.
            onChange={readOnly || pending ? () => {} : change}
            itemLabel="blocked word"
            max={MAX_BLOCKED_WORDS}
            // Longer than allowed, so an over-long phrase shows up with its error instead of being cut.
            maxLength={BLOCKED_WORD_MAX_CHARS * 2}
            placeholder="scam, whatsapp me"
            autoComplete="off"
            disabled={readOnly || pending}
          />
        </FormField>
        {words.length === 0 ? <p className="-mt-4 text-sm text-muted-foreground">No words are blocked yet. Add the ones you don’t want in your chat.</p> : null}

        <div className="flex flex-wrap items-center gap-3">
          <Button type="submit" disabled={readOnly || pending || !dirty}>
            <SaveIcon aria-hidden="true" /> {pending ? 'Saving…' : 'Save'}
          </Button>
          {dirty && !pending ? <span className="text-sm text-muted-foreground">You have unsaved changes.</span> : null}
        </div>
        <div aria-live="polite" aria-atomic="true">
          {status ? (
            <p className={cn('flex items-start gap-2 rounded-md border px-3 py-2 text-sm', status.tone === 'error' ? 'border-destructive/40 bg-destructive/5 text-destructive' : 'border-success/40 bg-success/5')}>
              {status.tone === 'error' ? <CircleAlertIcon aria-hidden="true" className="mt-0.5 size-4 shrink-0" /> : <CircleCheckIcon aria-hidden="true" className="mt-0.5 size-4 shrink-0 text-success" />}
              {status.text}
            </p>
          ) : null}
        </div>
      </form>
      <section aria-labelledby="chat-rules-try" className="grid gap-2 border-t pt-6">
        <h2 id="chat-rules-try" className="text-lg font-semibold">Try a message</h2>
        <BlockedWordTester words={words} />
      </section>
    </div>
  )
}

