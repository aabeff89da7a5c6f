export type FieldErrors = Partial<Record<string, string[]>>

export type ActionResult<T = null> =
  | { ok: true; data: T }
  | { ok: false; code: ActionErrorCode; formError?: string; fieldErrors?: FieldErrors }

export type ActionErrorCode =
  | 'invalid_input'
  | 'unauthenticated'
  | 'forbidden'
  | 'not_found'
  | 'rate_limited'
  | 'conflict'
  | 'server_error'

/** Thrown inside an action for an expected failure; the client turns it into an ActionResult. */
export class ActionError extends Error {
  constructor(
    readonly code: ActionErrorCode,
    message: string,
    readonly fieldErrors?: FieldErrors,
  ) {
    super(message)
    this.name = 'ActionError'
  }
}
