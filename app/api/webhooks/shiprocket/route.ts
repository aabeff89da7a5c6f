import { appDeps } from '@/lib/dal/app-deps'
import { applyTrackingUpdate } from '@/lib/dal/fulfilment'

/**
 * Shiprocket's tracking webhook (and the simulated courier's, sent the same way): authenticated
 * by the token we configured, sent in the x-api-key header; anything else gets 401 and changes
 * nothing. Scans are stored once each and the order only moves forward, so repeats are harmless.
 */
export async function POST(request: Request) {
  const deps = appDeps()
  if (!deps.shipping.verifyWebhook(request.headers)) return Response.json({ error: 'invalid token' }, { status: 401 })
  let update
  try {
    update = deps.shipping.parseWebhook(await request.json())
  } catch {
    return Response.json({ error: 'malformed tracking update' }, { status: 400 })
  }
  const result = await applyTrackingUpdate(deps, update)
  // Unknown AWBs are acknowledged: Shiprocket retries non-2xx replies, and a retry can't help.
  return Response.json({ status: result.applied ? 'ok' : 'ignored' })
}
