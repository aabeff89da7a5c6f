import { beforeEach, describe, expect, it, vi } from 'vitest'

import type * as ToastExports from './toast'

type ToastModule = typeof ToastExports
let mod: ToastModule

beforeEach(async () => {
  vi.resetModules()
  mod = await import('./toast')
})

describe('toast before sonner has loaded', () => {
  it('asks the toaster to load sonner on the first toast and shows what waited, in order', () => {
    const request = vi.fn()
    mod.connectToaster(request)
    expect(request).not.toHaveBeenCalled()

    mod.toast.success('Saved')
    mod.toast.error('Could not save')
    expect(request).toHaveBeenCalled()

    const shown: string[] = []
    mod.attachToaster(({ kind, message }) => shown.push(`${kind}: ${message}`))
    expect(shown).toEqual(['success: Saved', 'error: Could not save'])

    mod.toast.warning('Later')
    expect(shown.at(-1)).toBe('warning: Later')
  })

  it('keeps toasts raised before the toaster mounts and requests sonner when it does', () => {
    mod.toast.info('Early')
    const request = vi.fn()
    mod.connectToaster(request)
    expect(request).toHaveBeenCalledTimes(1)
    const shown: string[] = []
    mod.attachToaster(({ message }) => shown.push(message))
    expect(shown).toEqual(['Early'])
  })

  it('queues again once the toaster has gone', () => {
    const shown: string[] = []
    const detach = mod.attachToaster(({ message }) => shown.push(message))
    detach()
    mod.toast.success('After unmount')
    expect(shown).toEqual([])
    mod.attachToaster(({ message }) => shown.push(message))
    expect(shown).toEqual(['After unmount'])
  })
})
