// GET /files/<key> – serves files from the storage service (local disk in development).
import { getStorage } from '@/lib/services/storage'

export async function GET(_request: Request, context: RouteContext<'/files/[...key]'>) {
  const { key } = await context.params
  const file = await getStorage().get(key.join('/'))
  if (!file) return new Response('Not found', { status: 404 })
  return new Response(new Uint8Array(file.body), {
    headers: {
      'Content-Type': file.contentType,
      'Content-Length': String(file.size),
      // Keys are never reused for different content.
      'Cache-Control': 'public, max-age=31536000, immutable',
      'X-Content-Type-Options': 'nosniff',
    },
  })
}
