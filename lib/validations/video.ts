import { z } from 'zod'

/**
 * POST /api/video/join (embedded video): `join` asks the host's browser for a stream, `heartbeat`
 * keeps the viewer's place under the cap, `leave` gives it up at once.
 */
export const videoJoinSchema = z.object({
  showId: z.uuid('Unknown show'),
  action: z.enum(['join', 'heartbeat', 'leave']).default('join'),
})

export type VideoJoinInput = z.infer<typeof videoJoinSchema>
