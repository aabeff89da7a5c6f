// POST /api/studio/[storeId]/shows/[showId]/cover – multipart transport for uploadShowCoverAction: photos can be larger than a server action accepts, and the browser can show progress.
import { uploadShowCoverAction } from '@/components/studio/shows/actions'
import { formatMegabytes, UPLOAD_LIMITS } from '@/lib/services/storage/validate'
import { actionResponse, tooLarge } from '../../../../action-response'

export async function POST(request: Request, context: RouteContext<'/api/studio/[storeId]/shows/[showId]/cover'>) {
  const { storeId, showId } = await context.params
  if (Number(request.headers.get('content-length') ?? 0) > UPLOAD_LIMITS.image + 1024 * 1024) {
    return tooLarge(`Photos can be up to ${formatMegabytes(UPLOAD_LIMITS.image)}.`)
  }
  let form: FormData
  try {
    form = await request.formData()
  } catch {
    return Response.json({ ok: false, code: 'invalid_input', formError: 'Send the photo as multipart form data.' }, { status: 400 })
  }
  const result = await uploadShowCoverAction({ storeId, showId, file: form.get('file') as File })
  return actionResponse(result)
}
