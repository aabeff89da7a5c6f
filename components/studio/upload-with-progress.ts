import type { ActionResult } from '@/lib/actions/errors'

type Sent = { status: number; text: string; contentType: string | null }

/** Sends a body with XMLHttpRequest, which reports upload progress (0–1) and fetch cannot; null when the network failed. */
function send(method: 'POST' | 'PUT', url: string, body: FormData, onProgress: (fraction: number) => void): Promise<Sent | null> {
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest()
    xhr.open(method, url)
    xhr.responseType = 'text'
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total)
    }
    xhr.onload = () => resolve({ status: xhr.status, text: xhr.responseText, contentType: xhr.getResponseHeader('content-type') })
    xhr.onerror = () => resolve(null)
    xhr.send(body)
  })
}

const OFFLINE = 'We could not reach Haat. Check your connection and try again.'

/**
 * POSTs multipart form data to one of our routes, reporting progress. Resolves with the route's
 * JSON action result; a network failure or a non-JSON reply becomes a result with a message the
 * seller can act on.
 */
export async function postWithProgress<T>(url: string, body: FormData, onProgress: (fraction: number) => void): Promise<ActionResult<T>> {
  const sent = await send('POST', url, body, onProgress)
  if (!sent) return { ok: false, code: 'server_error', formError: OFFLINE }
  // A host's own limit (Vercel refuses bodies over 4.5 MB before our handler runs) answers in
  // plain text; our handlers' refusals are JSON and say more.
  if (sent.status === 413 && !sent.contentType?.includes('json')) {
    return { ok: false, code: 'invalid_input', formError: 'That file is too large to send. Choose a smaller one; for a video, a shorter or lower-resolution clip.' }
  }
  try {
    return JSON.parse(sent.text) as ActionResult<T>
  } catch {
    return { ok: false, code: 'server_error', formError: `The upload failed (HTTP ${sent.status}). Try again.` }
  }
}

/**
 * PUTs a file, as multipart form data in a field named `file`, to a storage upload URL (ours or
 * uploadthing's), reporting progress. Null when it arrived; otherwise what to tell the seller.
 */
export async function putFileWithProgress(url: string, file: File, onProgress: (fraction: number) => void): Promise<string | null> {
  const body = new FormData()
  body.append('file', file)
  const sent = await send('PUT', url, body, onProgress)
  if (!sent) return OFFLINE
  if (sent.status >= 200 && sent.status < 300) return null
  return sent.status === 403 ? 'The upload link expired. Upload the file again.' : `The upload failed (HTTP ${sent.status}). Try again.`
}
