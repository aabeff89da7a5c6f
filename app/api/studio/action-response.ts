import type { ActionResult } from '@/lib/actions/errors'

const STATUS = {
  invalid_input: 422,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  rate_limited: 429,
  conflict: 409,
  server_error: 500,
} as const

/** An action's result as JSON, with the HTTP status that matches it. */
export function actionResponse<T>(result: ActionResult<T>, okStatus = 200): Response {
  return Response.json(result, { status: result.ok ? okStatus : STATUS[result.code] })
}

export function tooLarge(message: string): Response {
  return Response.json({ ok: false, code: 'invalid_input', formError: message, fieldErrors: { file: [message] } }, { status: 413 })
}
