import { StoreIcon } from 'lucide-react'
import Link from 'next/link'
import { EmptyState } from '@/components/layout/empty-state'
import { Button } from '@/components/ui/button'

export default function StoreNotFound() {
  return (
    <div className="mx-auto w-full max-w-3xl px-4 py-16">
      <EmptyState
        icon={StoreIcon}
        titleAs="h1"
        title="We couldn't find that store"
        description="The store may have closed or changed its address. Search for the seller or their products instead."
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
