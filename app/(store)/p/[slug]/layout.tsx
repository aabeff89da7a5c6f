import { notFound } from 'next/navigation'
import { getProductPage } from '@/lib/dal/product'

/**
 * Decides 404 above the page's loading boundary: once the skeleton has streamed the status is
 * sent, so a notFound() from inside it would reach crawlers as a 200.
 */
export default async function ProductLayout({ params, children }: LayoutProps<'/p/[slug]'>) {
  const { slug } = await params
  if (!(await getProductPage(slug))) notFound()
  return children
}
