'use client'

import { TriangleAlertIcon } from 'lucide-react'
import { useEffect } from 'react'
import { EmptyState } from '@/components/layout/empty-state'
import { Button } from '@/components/ui/button'

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  useEffect(() => {
    console.error(error)
  }, [error])
  return (
    <main id="main" className="flex min-h-[60dvh] items-center justify-center px-4">
      <EmptyState
        icon={TriangleAlertIcon}
        titleAs="h1"
        title="Something went wrong on our side"
        description={`Nothing you did caused this. Try again; if it keeps happening, tell us the code ${error.digest ?? 'shown in your browser console'}.`}
        action={<Button onClick={reset}>Try again</Button>}
      />
    </main>
  )
}
