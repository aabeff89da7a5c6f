// POST /api/realtime/auth – signs a private-channel subscription for pusher-js, only for the person, store or browser the channel belongs to.
import { authorizeRealtimeChannel } from '@/lib/dal/realtime-auth'
import { realtimeAuthSchema } from '@/lib/validations/realtime'

const noStore = { 'Cache-Control': 'no-store' }

export async function POST(request: Request) {
  const parsed = realtimeAuthSchema.safeParse(Object.fromEntries(new URLSearchParams(await request.text())))
  if (!parsed.success)
    return Response.json({ error: 'Send socket_id and channel_name, form-encoded, as pusher-js does.' }, { status: 400, headers: noStore })
  const result = await authorizeRealtimeChannel(parsed.data.socket_id, parsed.data.channel_name)
  if (!result.allowed) return Response.json({ error: result.reason }, { status: 403, headers: noStore })
  return Response.json(result.authorization, { headers: noStore })
}
