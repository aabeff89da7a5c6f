import type { ActionResult } from '@/lib/actions/errors'

/**
 * POSTs multipart form data and reports upload progress (0–1), which fetch cannot. Resolves
 * with the route's JSON action result; a network failure or a non-JSON reply becomes a
 * server_error result with a message the seller can act on.
 */
export function postWithProgress<T>(url: string, body: FormData, onProgress: (fraction: number) => void): Promise<ActionResult<T>> {
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest()
    xhr.open('POST', url)
    xhr.responseType = 'text'
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total)
    }
    xhr.onload = () => {
      // A host's own limit (Vercel refuses bodies over 4.5 MB before our handler runs) answers in
      // plain text; our handlers' refusals are JSON and say more.
      if (xhr.status === 413 && !xhr.getResponseHeader('content-type')?.includes('json')) {
        resolve({ ok: false, code: 'invalid_input', formError: 'That file is too large to send. Choose a smaller one; for a video, a shorter or lower-resolution clip.' })
        return
      }
      try {
        resolve(JSON.parse(xhr.responseText) as ActionResult<T>)
      } catch {
        resolve({ ok: false, code: 'server_error', formError: `The upload failed (HTTP ${xhr.status}). Try again.` })
      }
    }
    xhr.onerror = () => resolve({ ok: false, code: 'server_error', formError: 'We could not reach Haat. Check your connection and try again.' })
    xhr.send(body)
  })
}
