import { SearchXIcon } from 'lucide-react'
import Link from 'next/link'
import { EmptyState } from '@/components/layout/empty-state'
import { HaatLogo } from '@/components/layout/haat-logo'
import { Button } from '@/components/ui/button'

export default function NotFound() {
  return (
    <div className="flex min-h-dvh flex-col">
      <header className="px-4 py-5 sm:px-8">
        <HaatLogo />
      </header>
      <main id="main" className="flex flex-1 items-center justify-center px-4 pb-24">
        <EmptyState
          icon={SearchXIcon}
          titleAs="h1"
          title="We couldn't find that page"
          description="The link may be old, or the product may have been removed. Search for what you need, or head back home."
          action={
            <div className="flex flex-wrap justify-center gap-3">
              <Button asChild>
                <Link href="/">Go to the home page</Link>
              </Button>
              <Button asChild variant="outline">
                <Link href="/search">Search Haat</Link>
              </Button>
            </div>
          }
        />
      </main>
    </div>
  )
}
