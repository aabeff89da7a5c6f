'use client'

import { PlusIcon, XIcon } from 'lucide-react'
import { useState, useTransition } from 'react'
import { createPollAction } from '@/components/live/actions'
import { Button } from '@/components/ui/button'
import { FormField } from '@/components/ui/form-field'
import { Input } from '@/components/ui/input'
import type { FieldErrors } from '@/lib/actions/errors'
import type { PollState } from '@/lib/live/events'
import { createPollSchema } from '@/lib/validations/live'
import { OFFLINE } from './use-console-command'

export const POLL_DURATIONS = [
  { seconds: 15, label: '15 seconds' },
  { seconds: 30, label: '30 seconds' },
  { seconds: 60, label: '1 minute' },
  { seconds: 120, label: '2 minutes' },
  { seconds: 300, label: '5 minutes' },
  { seconds: 600, label: '10 minutes' },
] as const

const MAX_OPTIONS = 4

/** The same schema as the action, so most mistakes are caught before a round trip. */
function check(input: unknown): FieldErrors | null {
  const parsed = createPollSchema.safeParse(input)
  if (parsed.success) return null
  const errors: FieldErrors = {}
  for (const issue of parsed.error.issues) (errors[issue.path.join('.') || '_form'] ??= []).push(issue.message)
  return errors
}

/** Question, 2–4 options and how long it runs. What was typed stays on an error. */
export function PollForm({ showId, disabled, onCreated }: { showId: string; disabled: boolean; onCreated: (poll: PollState) => void }) {
  const [question, setQuestion] = useState('')
  const [options, setOptions] = useState(['', ''])
  const [duration, setDuration] = useState('60')
  const [errors, setErrors] = useState<FieldErrors>({})
  const [formError, setFormError] = useState<string | null>(null)
  const [pending, startTransition] = useTransition()

  const submit = (e: React.FormEvent) => {
    e.preventDefault()
    const input = { showId, question, options, durationSeconds: duration }
    const local = check(input)
    setErrors(local ?? {})
    setFormError(local ? 'Some fields need attention.' : null)
    if (local) return
    startTransition(async () => {
      try {
        const result = await createPollAction(input)
        if (!result.ok) {
          setErrors(result.fieldErrors ?? {})
          setFormError(result.formError ?? 'The poll did not start. Try again.')
          return
        }
        onCreated(result.data)
        setQuestion('')
        setOptions(['', ''])
      } catch {
        setFormError(OFFLINE)
      }
    })
  }

  const setOption = (i: number, value: string) => setOptions((list) => list.map((o, j) => (j === i ? value : o)))

  return (
    <form onSubmit={submit} noValidate className="grid gap-3" aria-label="Start a poll">
      <FormField label="Question" error={errors.question} required>
        <Input value={question} onChange={(e) => setQuestion(e.target.value)} maxLength={120} placeholder="Which colour should I show next?" autoComplete="off" />
      </FormField>
      <fieldset className="grid gap-2">
        <legend className="mb-1 text-sm font-medium">Options (2 to 4)</legend>
        {options.map((value, i) => (
          <div key={i} className="flex items-start gap-2">
            <FormField label={`Option ${i + 1}`} hideLabel error={errors[`options.${i}`]} className="flex-1">
              <Input value={value} onChange={(e) => setOption(i, e.target.value)} maxLength={60} placeholder={`Option ${i + 1}`} autoComplete="off" />
            </FormField>
            {options.length > 2 ? (
              <Button type="button" variant="ghost" size="icon" aria-label={`Remove option ${i + 1}`} onClick={() => setOptions((list) => list.filter((_, j) => j !== i))}>
                <XIcon aria-hidden="true" />
              </Button>
            ) : null}
          </div>
        ))}
        {errors.options ? (
          <p role="alert" className="text-[13px] font-medium text-destructive">
            {errors.options.join(' ')}
          </p>
        ) : null}
        {options.length < MAX_OPTIONS ? (
          <Button type="button" variant="ghost" size="sm" className="w-fit" onClick={() => setOptions((list) => [...list, ''])}>
            <PlusIcon aria-hidden="true" /> Add option
          </Button>
        ) : null}
      </fieldset>
      <FormField label="Runs for" error={errors.durationSeconds}>
        <select value={duration} onChange={(e) => setDuration(e.target.value)} className="h-10 w-full rounded-lg border border-input bg-card px-3 text-sm sm:w-48">
          {POLL_DURATIONS.map((d) => (
            <option key={d.seconds} value={d.seconds}>
              {d.label}
            </option>
          ))}
        </select>
      </FormField>
      {formError ? (
        <p role="alert" className="text-sm font-medium text-destructive">
          {formError}
        </p>
      ) : null}
      <Button type="submit" className="w-fit" disabled={disabled || pending}>
        {pending ? 'Starting…' : 'Start poll'}
      </Button>
    </form>
  )
}
