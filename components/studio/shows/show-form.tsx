'use client'

import { useRouter } from 'next/navigation'
import { useState } from 'react'
import { toast } from '@/components/ui/toast'
import type { z } from 'zod'
import { FormAlert } from '@/components/forms/form-alert'
import { NativeSelect } from '@/components/forms/native-select'
import { useActionForm } from '@/components/forms/use-action-form'
import { FormSection } from '@/components/studio/form-section'
import { Button } from '@/components/ui/button'
import { FormField } from '@/components/ui/form-field'
import { Input } from '@/components/ui/input'
import { Textarea } from '@/components/ui/textarea'
import { parseRupees } from '@/lib/validations/product'
import { livePriceErrors, SHOW_LANGUAGES, showSchema, type ShowFormValues } from '@/lib/validations/show'
import { scheduleShowAction, updateShowAction } from './actions'
import { CoverUpload, uploadCover } from './cover-upload'
import { RunListPicker } from './run-list-picker'

type Props = {
  storeId: string
  defaultValues: ShowFormValues
  categories: { id: string; label: string }[]
  /** Set when editing: the cover uploads on its own, straight away. */
  cover?: { showId: string; coverUrl: string | null }
  readOnly?: boolean
}

type Saved = { showId: string; slug: string }

/** Schedule a show, or edit one that has not started: details, time (IST), cover and run list. */
export function ShowForm({ storeId, defaultValues, categories, cover, readOnly = false }: Props) {
  const router = useRouter()
  const editing = Boolean(defaultValues.showId)
  const [coverFile, setCoverFile] = useState<File | null>(null)
  const { form, onSubmit, formError, pending, ready } = useActionForm<ShowFormValues, Saved>({
    // The form rows carry display fields (title, photo, price) that the schema strips on the server.
    schema: showSchema as unknown as z.ZodType<unknown, ShowFormValues>,
    action: async (values) => {
      // The prices on screen catch a too-high live price before the round trip; the server checks again.
      const priceErrors = livePriceErrors(
        values.runList.map((r) => ({ productId: r.productId, livePricePaise: r.livePrice.trim() ? parseRupees(r.livePrice) : null })),
        (productId) => values.runList.find((r) => r.productId === productId)?.pricePaise,
      )
      if (Object.keys(priceErrors).length > 0) return { ok: false, code: 'invalid_input', formError: 'Some live prices need attention.', fieldErrors: priceErrors }
      return editing ? updateShowAction({ ...values, storeId }) : scheduleShowAction({ ...values, storeId })
    },
    defaultValues: { ...defaultValues, storeId },
    onSuccess: async (saved) => {
      if (!editing && coverFile) {
        const uploaded = await uploadCover(storeId, saved.showId, coverFile, () => {})
        if (!uploaded.ok) toast.warning(`Show scheduled, but the cover did not upload: ${uploaded.formError ?? 'try again from the show page.'}`)
      }
      toast.success(editing ? 'Show saved' : 'Show scheduled')
      router.push(`/studio/${storeId}/shows/${saved.showId}`)
      router.refresh()
    },
  })
  const { errors } = form.formState

  return (
    <form onSubmit={onSubmit} noValidate aria-label={editing ? 'Edit show' : 'Schedule a show'} className="grid gap-6">
      <FormAlert message={formError} />
      <fieldset disabled={readOnly || pending} className="grid min-w-0 gap-6">
        <FormSection title="About the show">
          <FormField label="Title" description="What buyers see on cards and the show page: 3–100 characters." error={errors.title?.message} required>
            <Input maxLength={100} autoComplete="off" placeholder="Banarasi silk festival — live prices" {...form.register('title')} />
          </FormField>
          <FormField label="Description" description="What you will show and any offers, up to 2,000 characters." error={errors.description?.message}>
            <Textarea rows={4} maxLength={2000} {...form.register('description')} />
          </FormField>
          <div className="grid gap-4 sm:grid-cols-2">
            <FormField label="Category" error={errors.categoryId?.message}>
              <NativeSelect {...form.register('categoryId')}>
                <option value="">No category</option>
                {categories.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.label}
                  </option>
                ))}
              </NativeSelect>
            </FormField>
            <FormField label="Language" description="The language you will speak." error={errors.language?.message} required>
              <NativeSelect {...form.register('language')}>
                {SHOW_LANGUAGES.map((l) => (
                  <option key={l.code} value={l.code}>
                    {l.label}
                  </option>
                ))}
              </NativeSelect>
            </FormField>
          </div>
          <FormField label="Starts at (IST)" description="India time. Buyers see a countdown and can ask to be reminded." error={errors.scheduledAt?.message} required>
            <Input type="datetime-local" className="sm:max-w-64" {...form.register('scheduledAt')} />
          </FormField>
          {cover ? (
            <CoverUpload mode="upload" storeId={storeId} showId={cover.showId} coverUrl={cover.coverUrl} disabled={readOnly} />
          ) : (
            <CoverUpload mode="pick" file={coverFile} onFile={setCoverFile} disabled={readOnly} />
          )}
        </FormSection>

        <FormSection title="Run list" description="The products you will present, in order. A live price applies only while the show is live.">
          <RunListPicker form={form} storeId={storeId} disabled={readOnly || pending} />
        </FormSection>
      </fieldset>
      {readOnly ? null : (
        <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
          <Button type="button" variant="ghost" onClick={() => router.push(`/studio/${storeId}/shows`)} disabled={pending || !ready}>
            Back to shows
          </Button>
          <Button type="submit" size="lg" disabled={pending || !ready}>
            {pending ? 'Saving…' : editing ? 'Save changes' : 'Schedule show'}
          </Button>
        </div>
      )}
    </form>
  )
}
