// POST /api/studio/[storeId]/products/import – multipart transport for importProductsAction: CSV files are often larger than a server action accepts.
import { importProductsAction } from '@/components/studio/import-actions'
import { actionResponse, tooLarge } from '../../../action-response'

const MAX_BYTES = 10 * 1024 * 1024

export async function POST(request: Request, context: RouteContext<'/api/studio/[storeId]/products/import'>) {
  const { storeId } = await context.params
  if (Number(request.headers.get('content-length') ?? 0) > MAX_BYTES + 64 * 1024) return tooLarge('Import files can be up to 10 MB.')
  let form: FormData
  try {
    form = await request.formData()
  } catch {
    return Response.json({ ok: false, code: 'invalid_input', formError: 'Send the CSV file as multipart form data.' }, { status: 400 })
  }
  const file = form.get('file')
  if (!(file instanceof File)) return Response.json({ ok: false, code: 'invalid_input', formError: 'Choose a CSV file.', fieldErrors: { file: ['Choose a CSV file'] } }, { status: 422 })
  if (file.size > MAX_BYTES) return tooLarge('Import files can be up to 10 MB.')
  const mode = form.get('mode') === 'valid_only' ? 'valid_only' : 'all_or_nothing'
  const result = await importProductsAction({ storeId, csv: await file.text(), mode })
  return actionResponse(result)
}
