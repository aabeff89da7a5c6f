'use client'

import { BellIcon, BellRingIcon } from 'lucide-react'
import Link from 'next/link'
import { useOptimistic, useState, useTransition } from 'react'
import { toast } from '@/components/ui/toast'
import { Button } from '@/components/ui/button'
import { setShowReminderAction } from './actions'

/** "Remind me" (SPEC §8.1): one owner of the state, shown at once and settled by the server. */
export function RemindMeButton({ showId, slug, initialOn, signedIn }: { showId: string; slug: string; initialOn: boolean; signedIn: boolean }) {
  const [on, setOn] = useState(initialOn)
  const [optimisticOn, setOptimisticOn] = useOptimistic(on)
  const [, startTransition] = useTransition()
  const [announcement, setAnnouncement] = useState('')
  const signInHref = `/sign-in?callbackUrl=${encodeURIComponent(`/live/${slug}`)}`

  if (!signedIn) {
    return (
      <Button asChild size="lg" variant="outline">
        <Link href={signInHref}>
          <BellIcon aria-hidden="true" /> Sign in to get a reminder
        </Link>
      </Button>
    )
  }

  const toggle = () => {
    const next = !optimisticOn
    startTransition(async () => {
      setOptimisticOn(next)
      try {
        const result = await setShowReminderAction({ showId, on: next })
        if (result.ok) {
          setOn(result.data.on)
          setAnnouncement(result.data.on ? 'We will remind you when the show starts.' : 'Reminder removed.')
        } else toast.error(result.formError ?? 'We could not change your reminder. Try again.')
      } catch {
        toast.error('We could not reach Haat. Check your connection and try again.')
      }
    })
  }

  return (
    <>
      <Button type="button" size="lg" variant={optimisticOn ? 'secondary' : 'default'} aria-pressed={optimisticOn} onClick={toggle}>
        {optimisticOn ? <BellRingIcon aria-hidden="true" /> : <BellIcon aria-hidden="true" />}
        {optimisticOn ? 'Reminder set' : 'Remind me'}
      </Button>
      <span role="status" className="sr-only">
        {announcement}
      </span>
    </>
  )
}
