'use client'

import * as React from 'react'
import { Controller } from 'react-hook-form'
import { FormAlert } from '@/components/forms/form-alert'
import { useActionForm } from '@/components/forms/use-action-form'
import { Button } from '@/components/ui/button'
import { Label } from '@/components/ui/label'
import type { EmailPreferenceSetting } from '@/lib/notifications/inbox'
import type { NotificationAudience } from '@/lib/notifications/notification-types'
import { emailPreferencesSchema, type EmailPreferencesInput } from '@/lib/notifications/validations'
import { saveEmailPreferencesAction } from './actions'
import { PreferenceSwitch } from './preference-switch'

const GROUPS: Record<NotificationAudience, { title: string; description: string }> = {
  buyer: { title: 'Your orders', description: 'Emails about things you buy on Haat.' },
  seller: { title: 'Your stores', description: 'Emails about orders for the stores you run.' },
}

type Group = { audience: NotificationAudience; settings: EmailPreferenceSetting[] }

/** One switch per email type; in-app notifications are always kept. */
export function EmailPreferencesForm({ groups }: { groups: Group[] }) {
  const all = groups.flatMap((g) => g.settings)
  const [saved, setSaved] = React.useState<string | null>(null)
  const { form, onSubmit, formError, pending, ready } = useActionForm<EmailPreferencesInput, { saved: number }>({
    schema: emailPreferencesSchema,
    action: saveEmailPreferencesAction,
    defaultValues: { preferences: all.map((s) => ({ type: s.type, enabled: s.enabled })) },
    onSuccess: () => {
      // What was saved becomes the new baseline, so "unsaved changes" starts over.
      form.reset(form.getValues())
      setSaved('Your email settings are saved.')
    },
  })
  const dirty = form.formState.isDirty
  const fieldError = form.formState.errors.preferences?.root?.message ?? form.formState.errors.preferences?.message

  let index = 0
  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-8">
      <FormAlert message={formError ?? fieldError} />
      {groups.map((group) => (
        <fieldset key={group.audience} className="grid gap-1">
          <legend className="text-lg font-semibold">{GROUPS[group.audience].title}</legend>
          <p className="mb-2 text-sm text-muted-foreground">{GROUPS[group.audience].description}</p>
          <div className="divide-y rounded-xl border bg-card">
            {group.settings.map((setting) => {
              const i = index++
              const id = `email-pref-${setting.type.replaceAll('.', '-')}`
              return (
                <div key={setting.type} className="flex items-center justify-between gap-4 px-4 py-3">
                  <div className="grid min-w-0 gap-1">
                    <Label htmlFor={id}>{setting.label}</Label>
                    <p id={`${id}-description`} className="text-sm text-muted-foreground">
                      {setting.description}
                    </p>
                  </div>
                  <Controller
                    control={form.control}
                    name={`preferences.${i}.enabled`}
                    render={({ field }) => (
                      <PreferenceSwitch
                        id={id}
                        ref={field.ref}
                        aria-describedby={`${id}-description`}
                        checked={field.value}
                        onCheckedChange={(on) => {
                          field.onChange(on)
                          setSaved(null)
                        }}
                        onBlur={field.onBlur}
                      />
                    )}
                  />
                </div>
              )
            })}
          </div>
        </fieldset>
      ))}
      <div className="flex flex-wrap items-center gap-4">
        <Button type="submit" disabled={pending || !ready}>
          {pending ? 'Saving…' : 'Save email settings'}
        </Button>
        <p role="status" aria-live="polite" className="text-sm text-muted-foreground">
          {saved ?? (dirty ? 'You have unsaved changes.' : '')}
        </p>
      </div>
    </form>
  )
}
