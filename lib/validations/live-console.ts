import { z } from 'zod'

/** The seller's live console (SPEC §9.3): operations that are not shared with the live room. */

export const createIngressSchema = z.object({
  storeId: z.uuid({ error: 'Choose one of your stores.' }),
  showId: z.uuid({ error: 'This show link is broken. Reload the page.' }),
  kind: z.enum(['rtmp', 'whip'], { error: 'Choose RTMP or WHIP.' }).default('rtmp'),
})
export type CreateIngressInput = z.output<typeof createIngressSchema>
