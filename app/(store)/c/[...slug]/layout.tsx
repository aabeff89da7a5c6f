import { notFound } from 'next/navigation'
import { getCategory } from '@/lib/dal/catalog'

const SEGMENT = /^[a-z0-9-]{1,80}$/

/** Unknown paths 404 here, above the loading boundary, so the status reaches crawlers. */
export default async function CategoryLayout({ params, children }: LayoutProps<'/c/[...slug]'>) {
  const { slug } = await params
  if (slug.length > 4 || !slug.every((part) => SEGMENT.test(part)) || !(await getCategory(slug.join('/')))) notFound()
  return children
}
