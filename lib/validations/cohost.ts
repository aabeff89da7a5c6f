import { z } from 'zod'

/** A co-host's cut is taken from the store's earnings, so it stays below half of them. */
export const MAX_COHOST_SHARE_PERCENT = 50

export const COHOST_ERRORS = {
  unknownEmail: 'No Haat account uses this email',
  self: 'You are already the host',
  otherHost: "This person is already the show's host",
  ended: "Ended shows can't change co-host",
  cancelled: "Cancelled shows can't change co-host",
  notFound: 'This show is not in this store. Go back to your shows and pick it again.',
} as const

/**
 * "12.5" → 1250 basis points; empty is no share. Two decimals at most, because a basis point is
 * a hundredth of a percent.
 */
export function parseSharePercent(value: string | number | undefined): number | null {
  const text = String(value ?? '').trim()
  if (text === '') return 0
  if (!/^\d{1,3}(\.\d{1,2})?$/.test(text)) return null
  const bps = Math.round(Number(text) * 100)
  return bps <= MAX_COHOST_SHARE_PERCENT * 100 ? bps : null
}

export function bpsToPercentInput(bps: number | null): string {
  if (!bps) return ''
  return (bps / 100).toString()
}

const ref = { storeId: z.uuid(), showId: z.uuid({ message: 'Choose the show again from your shows' }) }

export const coHostInviteSchema = z.object({
  ...ref,
  email: z.string().trim().toLowerCase().pipe(z.email('Enter their email address, like name@example.com')),
  /** Percent as typed; stored in basis points. */
  sharePercent: z
    .union([z.string(), z.number()])
    .optional()
    .transform((value, ctx) => {
      const bps = parseSharePercent(value)
      if (bps === null) {
        ctx.addIssue({ code: 'custom', message: `Enter a share from 0 to ${MAX_COHOST_SHARE_PERCENT} percent, like 10 or 12.5, or leave it empty` })
        return z.NEVER
      }
      return bps
    }),
})
export type CoHostInviteInput = z.output<typeof coHostInviteSchema>
export type CoHostInviteFormValues = z.input<typeof coHostInviteSchema>

export const coHostRemoveSchema = z.object(ref)
export type CoHostRemoveInput = z.output<typeof coHostRemoveSchema>
