import type { Metadata } from 'next'
import Link from 'next/link'
import { redirect } from 'next/navigation'
import { AuthCard } from '@/components/auth/auth-card'
import { GoogleSignInButton } from '@/components/auth/google-button'
import { SignUpForm } from '@/components/auth/sign-up-form'
import { getCurrentUser, googleSignInEnabled } from '@/lib/auth'
import { safeCallbackUrl } from '@/lib/validations/auth'

export const metadata: Metadata = { title: 'Create an account', robots: { index: false } }

export default async function SignUpPage({ searchParams }: PageProps<'/sign-up'>) {
  const params = await searchParams
  const callbackUrl = safeCallbackUrl(typeof params.callbackUrl === 'string' ? params.callbackUrl : undefined)
  if (await getCurrentUser()) redirect(callbackUrl)
  return (
    <AuthCard
      title="Create your Haat account"
      description="One account to shop, join live shows — and open your own store."
      footer={
        <span>
          Already have an account?{' '}
          <Link href={`/sign-in?callbackUrl=${encodeURIComponent(callbackUrl)}`} className="font-medium text-primary-ink underline-offset-4 hover:underline">
            Sign in
          </Link>
        </span>
      }
    >
      {googleSignInEnabled() ? <GoogleSignInButton callbackUrl={callbackUrl} /> : null}
      <SignUpForm callbackUrl={callbackUrl} />
    </AuthCard>
  )
}
