import { z } from 'zod'
import { indianMobile, indianState, optionalText, pinCode, slugSchema } from './common'

export const openStoreSchema = z.object({
  name: z.string().trim().min(3, 'Use at least 3 characters').max(60, 'Keep the name under 60 characters'),
  slug: slugSchema,
  description: z
    .string()
    .trim()
    .min(20, 'Tell buyers a little more: at least 20 characters')
    .max(1000, 'Keep it under 1,000 characters'),
  pickupName: z.string().trim().min(2, 'Enter the contact name for pickups').max(80),
  pickupPhone: indianMobile,
  pickupLine1: z.string().trim().min(3, 'Enter the building and street').max(120),
  pickupLine2: optionalText(120),
  pickupCity: z.string().trim().min(2, 'Enter the city').max(60),
  pickupState: indianState,
  pickupPin: pinCode,
  gstin: z
    .string()
    .trim()
    .toUpperCase()
    .optional()
    .transform((v) => (v ? v : undefined))
    .refine((v) => v === undefined || /^\d{2}[A-Z]{5}\d{4}[A-Z][1-9A-Z]Z[0-9A-Z]$/.test(v), {
      message: 'A GSTIN has 15 characters, like 27ABCDE1234F1Z5',
    }),
  pan: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{5}\d{4}[A-Z]$/, 'A PAN has 10 characters, like ABCDE1234F'),
})
export type OpenStoreInput = z.input<typeof openStoreSchema>
