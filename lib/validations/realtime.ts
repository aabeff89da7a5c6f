import { z } from 'zod'

/** What pusher-js posts (form-encoded) to the channel-auth endpoint before joining a private channel. */
export const realtimeAuthSchema = z.object({
  socket_id: z.string().regex(/^\d+\.\d+$/),
  // Pusher's channel-name alphabet and length limit.
  channel_name: z
    .string()
    .max(164)
    .regex(/^[A-Za-z0-9_\-=@,.;]+$/),
})

export type RealtimeAuthInput = z.infer<typeof realtimeAuthSchema>
