'use client'

import { useState } from 'react'
import { FormAlert } from '@/components/forms/form-alert'
import { useActionForm } from '@/components/forms/use-action-form'
import { Button } from '@/components/ui/button'
import { FormField } from '@/components/ui/form-field'
import { Input } from '@/components/ui/input'
import { forgotPasswordSchema, type ForgotPasswordInput } from '@/lib/validations/auth'
import { requestPasswordResetAction } from './actions'

export function ForgotPasswordForm() {
  const [sentTo, setSentTo] = useState<string | null>(null)
  const { form, onSubmit, formError, pending, ready } = useActionForm<ForgotPasswordInput, { sentTo: string }>({
    schema: forgotPasswordSchema,
    action: requestPasswordResetAction,
    defaultValues: { email: '' },
    onSuccess: ({ sentTo }) => setSentTo(sentTo),
  })

  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-4">
      <FormAlert message={formError} />
      <FormAlert
        tone="success"
        message={
          sentTo
            ? `If ${sentTo} belongs to a Haat account, a reset link is on its way. It works for one hour.`
            : null
        }
      />
      <FormField label="Email address" error={form.formState.errors.email?.message} required>
        <Input type="email" autoComplete="email" {...form.register('email')} />
      </FormField>
      <Button type="submit" size="lg" disabled={pending || !ready}>
        {pending ? 'Sending…' : sentTo ? 'Send again' : 'Send reset link'}
      </Button>
    </form>
  )
}
