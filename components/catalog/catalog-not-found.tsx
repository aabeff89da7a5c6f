import type { LucideIcon } from 'lucide-react'
import Link from 'next/link'
import { EmptyState } from '@/components/layout/empty-state'
import { Button } from '@/components/ui/button'

/** The 404 body for catalogue routes: what went missing, and where to go instead. */
export function CatalogNotFound({ icon, title, description }: { icon: LucideIcon; title: string; description: string }) {
  return (
    <div className="mx-auto w-full max-w-3xl px-4 py-16">
      <EmptyState
        icon={icon}
        titleAs="h1"
        title={title}
        description={description}
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
