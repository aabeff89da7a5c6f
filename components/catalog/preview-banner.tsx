import { EyeIcon } from 'lucide-react'

/** Shown to a store's own members on a page the public can't see yet. */
export function PreviewBanner({ reason }: { reason: string }) {
  return (
    <div role="note" aria-label="Preview" className="border-b border-primary/40 bg-primary/15">
      <p className="mx-auto flex max-w-7xl items-start gap-2 px-4 py-3 text-sm sm:px-6">
        <EyeIcon aria-hidden="true" className="mt-0.5 size-4 shrink-0" />
        <span>
          <strong className="font-semibold">Preview — not public.</strong> {reason}
        </span>
      </p>
    </div>
  )
}
