import { FolderSearchIcon } from 'lucide-react'
import Link from 'next/link'
import { EmptyState } from '@/components/layout/empty-state'
import { Button } from '@/components/ui/button'

export default function CategoryNotFound() {
  return (
    <div className="mx-auto w-full max-w-3xl px-4 py-16">
      <EmptyState
        icon={FolderSearchIcon}
        titleAs="h1"
        title="We couldn't find that category"
        description="It may have moved, or the page you asked for is past the last one. Try the home page or search instead."
        action={
          <>
            <Button asChild>
              <Link href="/">Go to the home page</Link>
            </Button>
            <Button asChild variant="outline">
              <Link href="/search">Search Haat</Link>
            </Button>
          </>
        }
      />
    </div>
  )
}
