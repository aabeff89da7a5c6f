// POST /account/reviews/submit – multipart transport for submitReviewAction: four 5 MB photos exceed the 2 MB server-action body limit, and the browser can show upload progress.
import { actionResponse, tooLarge } from '@/app/api/studio/action-response'
import { submitReviewAction } from '@/components/review/actions'
import { formatMegabytes } from '@/lib/services/storage/validate'
import { MAX_REVIEW_PHOTOS, REVIEW_PHOTO_MAX_BYTES } from '@/lib/validations/review'

const MAX_BODY = MAX_REVIEW_PHOTOS * REVIEW_PHOTO_MAX_BYTES + 1024 * 1024

export async function POST(request: Request) {
  // Server actions check the Origin for us; this handler is reached with the session cookie, so it does too.
  const origin = request.headers.get('origin')
  const host = request.headers.get('x-forwarded-host') ?? request.headers.get('host')
  if (origin && URL.canParse(origin) && new URL(origin).host !== host) {
    return Response.json({ ok: false, code: 'forbidden', formError: 'This request came from another site.' }, { status: 403 })
  }
  // The multipart envelope adds a little; anything far above four full-size photos is refused unread.
  if (Number(request.headers.get('content-length') ?? 0) > MAX_BODY) {
    return tooLarge(`Photos can be up to ${formatMegabytes(REVIEW_PHOTO_MAX_BYTES)} each, ${MAX_REVIEW_PHOTOS} at most.`)
  }
  let form: FormData
  try {
    form = await request.formData()
  } catch {
    return Response.json({ ok: false, code: 'invalid_input', formError: 'Send the review as multipart form data.' }, { status: 400 })
  }
  const text = (name: string) => {
    const value = form.get(name)
    return typeof value === 'string' ? value : ''
  }
  // A file input left empty still sends one nameless, empty part.
  const photos = form.getAll('photos').filter((part): part is File => typeof part !== 'string' && !(part.size === 0 && part.name === ''))
  const result = await submitReviewAction({ orderItemId: text('orderItemId'), rating: text('rating'), title: text('title'), body: text('body'), photos })
  return actionResponse(result, 201)
}
