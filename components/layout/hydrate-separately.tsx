import { Suspense } from 'react'

/**
 * A Suspense boundary around server-rendered content that never suspends. React hydrates each
 * boundary in its own render and commit after the page's shell, so the links, images and buttons
 * of a long page's lower sections (rails, footer) are not hydrated in the same long task as what
 * the visitor sees first — on a phone that task delayed every tap. React may also stream a large
 * completed boundary after the shell and reveal it a moment later; keep SEO-critical content
 * (titles, prices, descriptions) outside.
 */
export function HydrateSeparately({ children }: { children: React.ReactNode }) {
  return <Suspense fallback={null}>{children}</Suspense>
}
