import type { Metadata } from 'next'
import Link from 'next/link'
import { AuthCard } from '@/components/auth/auth-card'
import { ResetPasswordForm } from '@/components/auth/reset-password-form'
import { FormAlert } from '@/components/forms/form-alert'

export const metadata: Metadata = { title: 'Choose a new password', robots: { index: false } }

export default async function ResetPasswordPage({ searchParams }: PageProps<'/reset-password'>) {
  const { token } = await searchParams
  return (
    <AuthCard
      title="Choose a new password"
      footer={
        <Link href="/forgot-password" className="font-medium text-primary-ink underline-offset-4 hover:underline">
          Ask for a new link
        </Link>
      }
    >
      {typeof token === 'string' && token.length > 0 ? (
        <ResetPasswordForm token={token} />
      ) : (
        <FormAlert message="This page needs the link from the reset email. Open the email and use its button, or ask for a new link." />
      )}
    </AuthCard>
  )
}
