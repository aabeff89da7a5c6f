import { HaatLogo } from '@/components/layout/haat-logo'

export default function AuthLayout({ children }: { children: React.ReactNode }) {
  return (
    <div className="flex min-h-dvh flex-col bg-muted/40">
      <header className="px-4 py-5 sm:px-8">
        <HaatLogo />
      </header>
      <main id="main" className="flex flex-1 items-start justify-center px-4 pt-4 pb-16 sm:pt-10">
        <div className="w-full max-w-md">{children}</div>
      </main>
    </div>
  )
}
