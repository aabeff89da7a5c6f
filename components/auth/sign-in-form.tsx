'use client'

import Link from 'next/link'
import { useRouter } from 'next/navigation'
import { FormAlert } from '@/components/forms/form-alert'
import { PasswordInput } from '@/components/forms/password-input'
import { useActionForm } from '@/components/forms/use-action-form'
import { Button } from '@/components/ui/button'
import { FormField } from '@/components/ui/form-field'
import { Input } from '@/components/ui/input'
import { signInSchema, type SignInInput } from '@/lib/validations/auth'
import { signInAction } from './actions'

export function SignInForm({ callbackUrl }: { callbackUrl: string }) {
  const router = useRouter()
  const { form, onSubmit, formError, pending, ready } = useActionForm<SignInInput, { redirectTo: string }>({
    schema: signInSchema,
    action: signInAction,
    defaultValues: { identifier: '', password: '', callbackUrl },
    onSuccess: ({ redirectTo }) => {
      router.replace(redirectTo)
      router.refresh()
    },
  })
  const { errors } = form.formState

  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-4" aria-describedby={formError ? 'sign-in-error' : undefined}>
      <div id="sign-in-error">
        <FormAlert message={formError} />
      </div>
      <FormField label="Email or mobile number" error={errors.identifier?.message} required>
        <Input autoComplete="username" inputMode="email" placeholder="name@example.com or 98765 43210" {...form.register('identifier')} />
      </FormField>
      <FormField label="Password" error={errors.password?.message} required>
        <PasswordInput autoComplete="current-password" {...form.register('password')} />
      </FormField>
      <div className="-mt-2 text-right text-sm">
        <Link href="/forgot-password" className="font-medium text-primary-ink underline-offset-4 hover:underline">
          Forgot password?
        </Link>
      </div>
      <Button type="submit" size="lg" disabled={pending || !ready}>
        {pending ? 'Signing in…' : 'Sign in'}
      </Button>
    </form>
  )
}
