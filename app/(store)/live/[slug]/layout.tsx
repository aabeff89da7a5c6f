import { notFound } from 'next/navigation'
import { getShowPage } from '@/lib/dal/shows'

/** 404 above the loading boundary, so crawlers get the status (see p/[slug]/layout.tsx). */
export default async function ShowLayout({ params, children }: LayoutProps<'/live/[slug]'>) {
  const { slug } = await params
  if (!(await getShowPage(slug))) notFound()
  return children
}
