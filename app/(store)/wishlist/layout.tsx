import { requireUser } from '@/lib/auth'

/** Signs visitors in before the loading skeleton streams, so the redirect is a real 307. */
export default async function WishlistLayout({ children }: LayoutProps<'/wishlist'>) {
  await requireUser('/wishlist')
  return children
}
