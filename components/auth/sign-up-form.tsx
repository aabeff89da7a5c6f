'use client'

import { useRouter } from 'next/navigation'
import { FormAlert } from '@/components/forms/form-alert'
import { PasswordInput } from '@/components/forms/password-input'
import { useActionForm } from '@/components/forms/use-action-form'
import { Button } from '@/components/ui/button'
import { FormField } from '@/components/ui/form-field'
import { Input } from '@/components/ui/input'
import { signUpSchema, type SignUpInput } from '@/lib/validations/auth'
import { signUpAction } from './actions'

export function SignUpForm({ callbackUrl }: { callbackUrl: string }) {
  const router = useRouter()
  const { form, onSubmit, formError, pending, ready } = useActionForm<SignUpInput, { redirectTo: string }>({
    schema: signUpSchema,
    action: signUpAction,
    defaultValues: { name: '', identifier: '', password: '' },
    onSuccess: () => {
      router.replace(callbackUrl)
      router.refresh()
    },
  })
  const { errors } = form.formState

  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-4">
      <FormAlert message={formError} />
      <FormField label="Your name" error={errors.name?.message} required>
        <Input autoComplete="name" {...form.register('name')} />
      </FormField>
      <FormField
        label="Email or mobile number"
        description="We'll send order updates here. Mobile numbers are Indian (+91)."
        error={errors.identifier?.message}
        required
      >
        <Input autoComplete="username" placeholder="name@example.com or 98765 43210" {...form.register('identifier')} />
      </FormField>
      <FormField
        label="Password"
        description="At least 8 characters, with a letter and a number."
        error={errors.password?.message}
        required
      >
        <PasswordInput autoComplete="new-password" {...form.register('password')} />
      </FormField>
      <Button type="submit" size="lg" disabled={pending || !ready}>
        {pending ? 'Creating your account…' : 'Create account'}
      </Button>
      <p className="text-xs text-muted-foreground">
        By creating an account you agree to Haat&apos;s terms of use and privacy policy.
      </p>
    </form>
  )
}
