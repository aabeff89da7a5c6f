import { ShoppingCartIcon } from 'lucide-react'
import type { Metadata } from 'next'
import Link from 'next/link'
import { EmptyState } from '@/components/layout/empty-state'
import { Button } from '@/components/ui/button'

export const metadata: Metadata = { title: 'Cart', robots: { index: false } }

export default function CartPage() {
  return (
    <div className="mx-auto w-full max-w-3xl px-4 py-12">
      <EmptyState
        icon={ShoppingCartIcon}
        titleAs="h1"
        title="Your cart is empty"
        description="Browse trending products or join a live show to find something you love."
        action={
          <Button asChild>
            <Link href="/">Start shopping</Link>
          </Button>
        }
      />
    </div>
  )
}
