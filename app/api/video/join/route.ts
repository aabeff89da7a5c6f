// POST /api/video/join – embedded video: a viewer takes (or keeps, or gives up) a place under the show's viewer cap and asks the host's browser for a stream.
import { getDb } from '@/db'
import { readViewerKey } from '@/lib/live/viewer-key'
import { getKv } from '@/lib/services/kv'
import { getRealtime } from '@/lib/services/realtime'
import { getVideo } from '@/lib/services/video'
import { joinEmbeddedVideo } from '@/lib/services/video/embedded-join'
import { videoJoinSchema } from '@/lib/validations/video'

export async function POST(request: Request) {
  const video = getVideo()
  const maxViewers = video.capabilities.maxViewers
  if (video.driver !== 'embedded' || maxViewers === null)
    return Response.json({ ok: false, code: 'not-found', error: 'Shows here stream through LiveKit; there is nothing to join.' }, { status: 404 })
  // sendBeacon (used on leaving) posts text/plain, so the body is read as text whatever its type.
  let body: unknown
  try {
    body = JSON.parse(await request.text())
  } catch {
    body = null
  }
  const parsed = videoJoinSchema.safeParse(body)
  if (!parsed.success) return Response.json({ ok: false, code: 'invalid', error: 'Send { showId, action? } as JSON.' }, { status: 400 })
  const reply = await joinEmbeddedVideo({ db: getDb(), kv: getKv(), realtime: getRealtime(), maxViewers }, await readViewerKey(), parsed.data)
  return Response.json(reply.body, { status: reply.status })
}
