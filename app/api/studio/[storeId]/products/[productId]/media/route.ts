// POST /api/studio/[storeId]/products/[productId]/media – multipart transport for uploadMediaAction: larger than a server action accepts, and the browser can show upload progress.
import { uploadMediaAction } from '@/components/studio/media-actions'
import { formatMegabytes, UPLOAD_LIMITS } from '@/lib/services/storage/validate'
import { actionResponse, tooLarge } from '../../../../action-response'

export async function POST(request: Request, context: RouteContext<'/api/studio/[storeId]/products/[productId]/media'>) {
  const { storeId, productId } = await context.params
  // The multipart envelope adds a little; anything far above the largest allowed file is refused unread.
  if (Number(request.headers.get('content-length') ?? 0) > UPLOAD_LIMITS.video + 1024 * 1024) {
    return tooLarge(`Files can be up to ${formatMegabytes(UPLOAD_LIMITS.video)}.`)
  }
  let form: FormData
  try {
    form = await request.formData()
  } catch {
    return Response.json({ ok: false, code: 'invalid_input', formError: 'Send the file as multipart form data.' }, { status: 400 })
  }
  const file = form.get('file')
  const alt = form.get('alt')
  const result = await uploadMediaAction({ storeId, productId, file: file as File, alt: typeof alt === 'string' ? alt : '' })
  return actionResponse(result, 201)
}
