import { notFound } from 'next/navigation'
import { getStorePage } from '@/lib/dal/store'

/** 404 above the loading boundary, so crawlers get the status (see p/[slug]/layout.tsx). */
export default async function StoreLayout({ params, children }: LayoutProps<'/s/[slug]'>) {
  const { slug } = await params
  if (!(await getStorePage(slug))) notFound()
  return children
}
