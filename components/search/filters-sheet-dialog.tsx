'use client'

import { Sheet, SheetContent, SheetDescription, SheetHeader, SheetTitle } from '@/components/ui/sheet'

type FiltersSheetDialogProps = {
  open: boolean
  onOpenChange: (open: boolean) => void
  /** The Filters button, which sits outside the dialog and gets focus back when it closes. */
  returnFocusTo: React.RefObject<HTMLButtonElement | null>
  children: React.ReactNode
}

/** The filters panel as a left-hand sheet, loaded by FiltersSheet when first opened. */
export function FiltersSheetDialog({ open, onOpenChange, returnFocusTo, children }: FiltersSheetDialogProps) {
  return (
    <Sheet open={open} onOpenChange={onOpenChange}>
      <SheetContent
        side="left"
        closeLabel="Close filters"
        // Focus the panel itself: focusing the price field would open the phone's keyboard.
        onOpenAutoFocus={(event) => {
          event.preventDefault()
          ;(event.currentTarget as HTMLElement | null)?.focus()
        }}
        onCloseAutoFocus={(event) => {
          event.preventDefault()
          returnFocusTo.current?.focus()
        }}
        onClick={(event) => {
          if ((event.target as HTMLElement).closest('a')) onOpenChange(false)
        }}
      >
        <SheetHeader>
          <SheetTitle>Filters</SheetTitle>
          <SheetDescription>Narrow the results; each choice applies at once.</SheetDescription>
        </SheetHeader>
        <div className="px-4 pb-6">{children}</div>
      </SheetContent>
    </Sheet>
  )
}
