// POST /api/webhooks/livekit – LiveKit room, ingress and egress events (signed JWT over the body); records OBS ingress ids and finished recordings.
import { getDb } from '@/db'
import { getVideo } from '@/lib/services/video'
import { handleVideoWebhook } from '@/lib/services/video/webhook-handler'

export async function POST(request: Request) {
  const raw = await request.text()
  const reply = await handleVideoWebhook({ db: getDb(), video: getVideo() }, raw, request.headers.get('authorization'))
  return Response.json(reply.body, { status: reply.status })
}
