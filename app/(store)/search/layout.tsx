import { NuqsAdapter } from 'nuqs/adapters/next/app'

/** The search controls read and write the URL through nuqs; nothing else in the store needs it. */
export default function SearchLayout({ children }: { children: React.ReactNode }) {
  return <NuqsAdapter>{children}</NuqsAdapter>
}
