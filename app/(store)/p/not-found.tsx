import { PackageXIcon } from 'lucide-react'
import Link from 'next/link'
import { EmptyState } from '@/components/layout/empty-state'
import { Button } from '@/components/ui/button'

export default function ProductNotFound() {
  return (
    <div className="mx-auto w-full max-w-3xl px-4 py-16">
      <EmptyState
        icon={PackageXIcon}
        titleAs="h1"
        title="This product isn't available"
        description="The seller may have sold out and removed it, or the link is old. Search for something similar, or see what's live now."
        action={
          <>
            <Button asChild>
              <Link href="/search">Search Haat</Link>
            </Button>
            <Button asChild variant="outline">
              <Link href="/">Go to the home page</Link>
            </Button>
          </>
        }
      />
    </div>
  )
}
