'use client'

import { useRouter } from 'next/navigation'
import { FormAlert } from '@/components/forms/form-alert'
import { PasswordInput } from '@/components/forms/password-input'
import { useActionForm } from '@/components/forms/use-action-form'
import { Button } from '@/components/ui/button'
import { FormField } from '@/components/ui/form-field'
import { resetPasswordSchema, type ResetPasswordInput } from '@/lib/validations/auth'
import { resetPasswordAction } from './actions'

export function ResetPasswordForm({ token }: { token: string }) {
  const router = useRouter()
  const { form, onSubmit, formError, pending, ready } = useActionForm<ResetPasswordInput, { reset: boolean }>({
    schema: resetPasswordSchema,
    action: resetPasswordAction,
    defaultValues: { token, password: '', confirmPassword: '' },
    onSuccess: () => router.replace('/sign-in?reset=1'),
  })
  const { errors } = form.formState

  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-4">
      <FormAlert message={formError ?? errors.token?.message} />
      <FormField label="New password" description="At least 8 characters, with a letter and a number." error={errors.password?.message} required>
        <PasswordInput autoComplete="new-password" {...form.register('password')} />
      </FormField>
      <FormField label="Type it again" error={errors.confirmPassword?.message} required>
        <PasswordInput autoComplete="new-password" {...form.register('confirmPassword')} />
      </FormField>
      <Button type="submit" size="lg" disabled={pending || !ready}>
        {pending ? 'Saving…' : 'Set new password'}
      </Button>
    </form>
  )
}
