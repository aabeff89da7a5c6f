'use client'

import { lazy, Suspense, useRef, useState } from 'react'
import { SlidersHorizontalIcon } from 'lucide-react'
import { Button } from '@/components/ui/button'

const loadDialog = () => import('./filters-sheet-dialog')
const FiltersSheetDialog = lazy(() => loadDialog().then((m) => ({ default: m.FiltersSheetDialog })))

/**
 * Phones: the filters panel in a sheet; choosing a filter (a link) closes it. The sheet (Radix
 * dialog) is fetched when the button is touched or focused, so it is not in the page's first load.
 */
export function FiltersSheet({ activeCount, children }: { activeCount: number; children: React.ReactNode }) {
  const [open, setOpen] = useState(false)
  const [wanted, setWanted] = useState(false)
  const button = useRef<HTMLButtonElement>(null)
  return (
    <>
      <Button
        ref={button}
        type="button"
        variant="outline"
        size="sm"
        className="h-9 md:hidden"
        aria-haspopup="dialog"
        aria-expanded={open}
        onPointerEnter={() => void loadDialog()}
        onFocus={() => void loadDialog()}
        onClick={() => {
          setWanted(true)
          setOpen(true)
        }}
      >
        <SlidersHorizontalIcon aria-hidden="true" />
        Filters
        {activeCount > 0 ? (
          <span className="rounded-full bg-primary px-1.5 text-xs text-primary-foreground tabular-nums">
            <span className="sr-only">(</span>
            {activeCount}
            <span className="sr-only"> active)</span>
          </span>
        ) : null}
      </Button>
      {wanted ? (
        <Suspense
          fallback={
            <div className="fixed inset-0 z-50 bg-black/55" role="status">
              <span className="sr-only">Opening filters…</span>
            </div>
          }
        >
          <FiltersSheetDialog open={open} onOpenChange={setOpen} returnFocusTo={button}>
            {children}
          </FiltersSheetDialog>
        </Suspense>
      ) : null}
    </>
  )
}
