import type { Metadata } from 'next'
import Link from 'next/link'
import { redirect } from 'next/navigation'
import { AuthCard } from '@/components/auth/auth-card'
import { GoogleSignInButton } from '@/components/auth/google-button'
import { SignInForm } from '@/components/auth/sign-in-form'
import { FormAlert } from '@/components/forms/form-alert'
import { getCurrentUser, googleSignInEnabled } from '@/lib/auth'
import { safeCallbackUrl } from '@/lib/validations/auth'

export const metadata: Metadata = { title: 'Sign in', robots: { index: false } }

export default async function SignInPage({ searchParams }: PageProps<'/sign-in'>) {
  const params = await searchParams
  const callbackUrl = safeCallbackUrl(typeof params.callbackUrl === 'string' ? params.callbackUrl : undefined)
  if (await getCurrentUser()) redirect(callbackUrl)
  const google = googleSignInEnabled()
  return (
    <AuthCard
      title="Sign in to Haat"
      description="Buy, bid and chat in live shows, and track your orders."
      footer={
        <span>
          New to Haat?{' '}
          <Link href={`/sign-up?callbackUrl=${encodeURIComponent(callbackUrl)}`} className="font-medium text-primary-ink underline-offset-4 hover:underline">
            Create an account
          </Link>
        </span>
      }
    >
      {params.reset === '1' ? <FormAlert tone="success" message="Your password is changed. Sign in with the new one." /> : null}
      {params.error ? <FormAlert message="That sign-in did not work. Try again, or use your email or mobile number and password." /> : null}
      {google ? (
        <>
          <GoogleSignInButton callbackUrl={callbackUrl} />
          <Divider />
        </>
      ) : null}
      <SignInForm callbackUrl={callbackUrl} />
    </AuthCard>
  )
}

function Divider() {
  return (
    <div className="flex items-center gap-3 text-xs text-muted-foreground" aria-hidden="true">
      <span className="h-px flex-1 bg-border" /> or <span className="h-px flex-1 bg-border" />
    </div>
  )
}
