'use client'

/**
 * `toast.success(…)` and friends, without sonner in any page's first load: sonner inserts its
 * stylesheet when its module evaluates, which restyles the whole document while the page is still
 * hydrating. The <Toaster /> in the root layout fetches sonner the first time a toast is shown;
 * toasts raised before it has mounted wait in `pending` and are shown in order once it has.
 */
export type ToastKind = 'success' | 'error' | 'warning' | 'info'
export type PendingToast = { kind: ToastKind; message: string }

let pending: PendingToast[] = []
let show: ((toast: PendingToast) => void) | null = null
let requestToaster: (() => void) | null = null

function raise(kind: ToastKind, message: string) {
  if (show) return show({ kind, message })
  pending.push({ kind, message })
  requestToaster?.()
}

export const toast = {
  success: (message: string) => raise('success', message),
  error: (message: string) => raise('error', message),
  warning: (message: string) => raise('warning', message),
  info: (message: string) => raise('info', message),
}

/** Called by <Toaster />: `request` loads sonner; returns the disconnect function. */
export function connectToaster(request: () => void) {
  requestToaster = request
  if (pending.length > 0) request()
  return () => {
    if (requestToaster === request) requestToaster = null
  }
}

/** Called by <Toaster /> once sonner's toaster is listening: shows what waited, then takes over. */
export function attachToaster(display: (toast: PendingToast) => void) {
  show = display
  const waiting = pending
  pending = []
  for (const t of waiting) display(t)
  return () => {
    if (show === display) show = null
  }
}
