// GET /dev/shipping/label/[awb]?key=… – the simulated courier's printable shipping label
import { requireDevCourier } from '../../access'

export const dynamic = 'force-dynamic'

export async function GET(request: Request, { params }: { params: Promise<{ awb: string }> }) {
  const { courier } = requireDevCourier()
  const { awb } = await params
  const key = new URL(request.url).searchParams.get('key') ?? ''
  // The key in the link is the only credential: sellers print labels without being admins.
  const html = courier ? await courier.labelDocument(awb, key) : null
  if (!html) return new Response('No label here: the link is wrong or the shipment does not exist.', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } })
  return new Response(html, {
    headers: {
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'private, no-store',
      'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src-attr 'unsafe-inline'",
      'referrer-policy': 'no-referrer',
      'x-robots-tag': 'noindex',
    },
  })
}
