'use client'

import * as React from 'react'
import { useTheme } from 'next-themes'
import type * as SonnerExports from 'sonner'
import type { ToasterProps } from 'sonner'
import {
  CircleCheckIcon,
  InfoIcon,
  LoaderCircleIcon,
  OctagonXIcon,
  TriangleAlertIcon,
} from 'lucide-react'
import { attachToaster, connectToaster } from '@/components/ui/toast'

type SonnerModule = typeof SonnerExports

/** Mounted once in the root layout; fetches sonner when the first toast is raised (see toast.ts). */
function Toaster(props: ToasterProps) {
  const [sonner, setSonner] = React.useState<SonnerModule | null>(null)

  React.useEffect(
    () =>
      connectToaster(() => {
        void import('sonner').then((mod) => setSonner(() => mod))
      }),
    [],
  )

  if (!sonner) return null
  return (
    <>
      <SonnerToaster sonner={sonner} {...props} />
      <ShowPending sonner={sonner} />
    </>
  )
}

/** Rendered after the toaster, so its effect runs once sonner's toaster is subscribed. */
function ShowPending({ sonner }: { sonner: SonnerModule }) {
  React.useEffect(() => attachToaster(({ kind, message }) => sonner.toast[kind](message)), [sonner])
  return null
}

function SonnerToaster({ sonner, ...props }: ToasterProps & { sonner: SonnerModule }) {
  const { theme = 'system' } = useTheme()
  const Sonner = sonner.Toaster

  return (
    <Sonner
      theme={theme as ToasterProps['theme']}
      className="toaster group"
      position="top-center"
      closeButton
      containerAriaLabel="Notifications"
      icons={{
        success: <CircleCheckIcon className="size-4 text-success" />,
        info: <InfoIcon className="size-4" />,
        warning: <TriangleAlertIcon className="size-4 text-primary-ink" />,
        error: <OctagonXIcon className="size-4 text-destructive" />,
        loading: <LoaderCircleIcon className="size-4 animate-spin" />,
      }}
      style={
        {
          '--normal-bg': 'var(--popover)',
          '--normal-text': 'var(--popover-foreground)',
          '--normal-border': 'var(--border)',
          '--border-radius': 'var(--radius)',
        } as React.CSSProperties
      }
      toastOptions={{
        classNames: {
          toast: 'font-sans shadow-lg',
          description: '!text-muted-foreground',
        },
      }}
      {...props}
    />
  )
}

export { Toaster }
