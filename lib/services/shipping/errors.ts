/** A shipping vendor failed or refused us (login, outage, an answer we cannot read). */
export class ShippingError extends Error {
  constructor(
    message: string,
    /** The vendor's HTTP status, when there was one. */
    readonly status?: number,
    options?: ErrorOptions,
  ) {
    super(message, options)
    this.name = 'ShippingError'
  }
}
