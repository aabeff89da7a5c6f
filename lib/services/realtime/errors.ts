/** Pusher (or the embedded server) refused a publish or query, or could not be reached. */
export class RealtimeError extends Error {
  /** The HTTP status, when there was a response: 401 bad signature, 413 over 10 KB, 400 bad input. */
  readonly status: number | undefined

  constructor(message: string, status?: number, options?: ErrorOptions) {
    super(message, options)
    this.name = 'RealtimeError'
    this.status = status
  }
}
