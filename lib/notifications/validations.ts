import { z } from 'zod'
import { NOTIFICATION_TYPE_KEYS } from './notification-types'

// Kept beside the notification catalogue rather than in lib/validations/ because the type list
// lives here; the same schemas serve the forms and the actions.

export const markNotificationReadSchema = z.object({ id: z.uuid({ error: 'That notification could not be found.' }) })

export const noInputSchema = z.object({})

export const emailPreferencesSchema = z.object({
  preferences: z
    .array(z.object({ type: z.enum(NOTIFICATION_TYPE_KEYS, { error: 'Unknown email type.' }), enabled: z.boolean() }))
    .min(1, { error: 'Choose at least one email setting.' })
    .max(NOTIFICATION_TYPE_KEYS.length)
    .refine((list) => new Set(list.map((p) => p.type)).size === list.length, { error: 'Each email type may appear once.' }),
})

export type EmailPreferencesInput = z.input<typeof emailPreferencesSchema>
