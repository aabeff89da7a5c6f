import { z } from 'zod'

export const reviewStoreSchema = z
  .object({
    storeId: z.uuid(),
    decision: z.enum(['approve', 'reject']),
    reason: z.string().trim().max(500, 'Keep the reason under 500 characters').optional(),
  })
  .refine((v) => v.decision === 'approve' || (v.reason ?? '').length >= 5, {
    message: 'Tell the seller why, so they can fix it (at least 5 characters)',
    path: ['reason'],
  })
export type ReviewStoreInput = z.input<typeof reviewStoreSchema>
