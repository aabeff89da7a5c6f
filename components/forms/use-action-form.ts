'use client'

import { zodResolver } from '@hookform/resolvers/zod'
import { useState, useSyncExternalStore, useTransition } from 'react'
import { type DefaultValues, type FieldValues, type Path, useForm } from 'react-hook-form'
import type { z } from 'zod'
import type { ActionResult } from '@/lib/actions/errors'

type Options<V extends FieldValues, T> = {
  schema: z.ZodType<unknown, V>
  action: (input: V) => Promise<ActionResult<T>>
  defaultValues: DefaultValues<V>
  onSuccess?: (data: T) => void | Promise<void>
}

const noSubscription = () => () => {}

/**
 * react-hook-form with the operation's zod schema on the client, then the server action, which
 * validates again with the same schema. Server field errors land on their fields; the form keeps
 * every value the user typed, whatever the outcome.
 *
 * `ready` is false in the server's HTML and until the form has hydrated: submit buttons stay
 * disabled until then (`disabled={pending || !ready}`), because before it a click would make the
 * browser submit the form natively — a GET that puts what was typed, passwords included, in the
 * URL and runs no action.
 */
export function useActionForm<V extends FieldValues, T>({ schema, action, defaultValues, onSuccess }: Options<V, T>) {
  const form = useForm<V>({
    // raw: the server receives what the user typed and applies the schema's transforms itself.
    resolver: zodResolver(schema as never, undefined, { raw: true }) as never,
    defaultValues,
    mode: 'onTouched',
  })
  const [formError, setFormError] = useState<string | null>(null)
  const [pending, startTransition] = useTransition()
  const ready = useSyncExternalStore(noSubscription, () => true, () => false)

  const onSubmit = form.handleSubmit(
    (values) =>
      new Promise<void>((resolve) => {
        setFormError(null)
        startTransition(async () => {
          try {
            const result = await action(values)
            if (result.ok) {
              await onSuccess?.(result.data)
              return
            }
            setFormError(result.formError ?? 'Please check the form and try again.')
            let focused = false
            for (const [name, messages] of Object.entries(result.fieldErrors ?? {})) {
              if (!messages?.length || name === '_form') continue
              form.setError(name as Path<V>, { type: 'server', message: messages[0] }, { shouldFocus: !focused })
              focused = true
            }
          } catch {
            setFormError('We could not reach Haat. Check your connection and try again — your entries are still here.')
          } finally {
            resolve()
          }
        })
      }),
  )

  return { form, onSubmit, formError, pending, ready }
}
