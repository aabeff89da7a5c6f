/** The payment gateway refused a request or could not be reached. */
export class PaymentsError extends Error {
  /** The gateway's HTTP status, when there was one. */
  readonly status: number | undefined
  /** Razorpay's error code, when it gave one. */
  readonly code: string | undefined

  constructor(
    message: string,
    readonly details: {
      /** The gateway's HTTP status, when there was one. */
      status?: number
      /** Razorpay's error code: BAD_REQUEST_ERROR, GATEWAY_ERROR, SERVER_ERROR. */
      code?: string
      /** The request field the gateway blamed, when it named one. */
      field?: string | null
      reason?: string | null
    } = {},
    options?: ErrorOptions,
  ) {
    super(message, options)
    this.name = 'PaymentsError'
    this.status = details.status
    this.code = details.code
  }
}
