'use client'

import { UserRoundPlusIcon, UserRoundXIcon } from 'lucide-react'
import { useRouter } from 'next/navigation'
import { useState, useTransition } from 'react'
import { toast } from '@/components/ui/toast'
import { FormAlert } from '@/components/forms/form-alert'
import { useActionForm } from '@/components/forms/use-action-form'
import { Button } from '@/components/ui/button'
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card'
import { FormField } from '@/components/ui/form-field'
import { Input } from '@/components/ui/input'
import type { StudioShowCoHost } from '@/lib/dal/show-cohost'
import { coHostInviteSchema, MAX_COHOST_SHARE_PERCENT, type CoHostInviteFormValues } from '@/lib/validations/cohost'
import { inviteCoHostAction, removeCoHostAction } from './cohost-actions'

type Props = { storeId: string; data: StudioShowCoHost }

const who = (c: { name: string | null; email: string | null }) => c.name?.trim() || c.email || 'Your co-host'

/** Invite a co-host by their Haat email, set their share, or take them off the show (SPEC §5.4). */
export function CoHostCard({ storeId, data }: Props) {
  const router = useRouter()
  const [announce, setAnnounce] = useState('')
  const { form, onSubmit, formError, pending, ready } = useActionForm<CoHostInviteFormValues, { name: string | null; email: string | null; notified: boolean }>({
    schema: coHostInviteSchema,
    action: inviteCoHostAction,
    defaultValues: { storeId, showId: data.showId, email: data.coHost?.email ?? '', sharePercent: data.sharePercent },
    onSuccess: (result) => {
      const done = result.notified ? `Invited ${who(result)}. We told them by notification and email.` : `Saved ${who(result)}’s share.`
      toast.success(done)
      setAnnounce(done)
      router.refresh()
    },
  })
  const [removing, startRemove] = useTransition()
  const [removeError, setRemoveError] = useState<string | null>(null)

  const remove = () =>
    startRemove(async () => {
      setRemoveError(null)
      try {
        const result = await removeCoHostAction({ storeId, showId: data.showId })
        if (!result.ok) return setRemoveError(result.formError ?? 'That did not work. Reload the page and try again.')
        const done = 'Co-host removed.'
        toast.success(done)
        setAnnounce(done)
        form.reset({ storeId, showId: data.showId, email: '', sharePercent: '' })
        router.refresh()
      } catch {
        setRemoveError('We could not reach Haat. Check your connection and try again.')
      }
    })

  const current = data.coHost
  return (
    <Card className="mb-6 gap-4">
      <CardHeader>
        <CardTitle>Co-host</CardTitle>
        <CardDescription>
          Bring another seller or an affiliate on stage with you. They join from their own Haat account; on LiveKit video viewers see them beside you.
        </CardDescription>
      </CardHeader>
      <CardContent className="grid gap-4">
        {current ? (
          <div className="flex flex-wrap items-center justify-between gap-3 rounded-lg border bg-muted/40 p-3">
            <p className="min-w-0 text-sm">
              <span className="font-medium break-words">{who(current)}</span>
              {current.name && current.email ? <span className="block break-all text-muted-foreground">{current.email}</span> : null}
              <span className="block text-muted-foreground">{data.sharePercent ? `${data.sharePercent}% of the show’s earnings` : 'No share of the earnings'}</span>
            </p>
            {data.editable ? (
              <Button type="button" size="sm" variant="outline" className="text-destructive" onClick={remove} disabled={removing}>
                <UserRoundXIcon aria-hidden="true" /> {removing ? 'Removing…' : 'Remove co-host'}
              </Button>
            ) : null}
          </div>
        ) : (
          <p className="text-sm text-muted-foreground">No co-host yet.</p>
        )}
        <FormAlert message={removeError} />

        {data.editable ? (
          <form onSubmit={onSubmit} noValidate className="grid gap-3">
            <FormAlert message={formError} />
            <div className="grid gap-3 sm:grid-cols-[1fr_10rem]">
              <FormField
                label={current ? 'Co-host’s email' : 'Their email'}
                description="The email of their Haat account. Changing it invites someone else instead."
                error={form.formState.errors.email?.message}
                required
              >
                <Input type="email" autoComplete="off" inputMode="email" placeholder="name@example.com" {...form.register('email')} />
              </FormField>
              <FormField label="Share (%)" description={`0–${MAX_COHOST_SHARE_PERCENT}, optional`} error={form.formState.errors.sharePercent?.message}>
                <Input inputMode="decimal" placeholder="0" {...form.register('sharePercent')} />
              </FormField>
            </div>
            <div>
              <Button type="submit" size="sm" disabled={pending || !ready}>
                <UserRoundPlusIcon aria-hidden="true" /> {pending ? 'Saving…' : current ? 'Save co-host' : 'Invite co-host'}
              </Button>
            </div>
          </form>
        ) : data.status === 'ended' || data.status === 'cancelled' ? (
          <p className="text-sm text-muted-foreground">This show is over, so its co-host can no longer change.</p>
        ) : null}
        <p aria-live="polite" className="sr-only">
          {announce}
        </p>
      </CardContent>
    </Card>
  )
}
