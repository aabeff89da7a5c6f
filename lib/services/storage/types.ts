export type StoredFile = { body: Buffer; contentType: string; size: number }

export interface StorageService {
  /**
   * Stores bytes under a key like `products/<id>/<name>.webp` (rejecting unsafe keys) and returns
   * the key to keep and its public URL. Store the returned key, not the one passed in: a vendor
   * may assign its own (uploadthing does; the local driver keeps yours).
   */
  put(key: string, body: Buffer, contentType: string): Promise<{ key: string; url: string }>
  /** The bytes of a stored key; null when there is none, or the key is not a valid one. */
  get(key: string): Promise<StoredFile | null>
  /** Removes a stored key; removing one that is gone is not an error. Unsafe keys throw. */
  delete(key: string): Promise<void>
  /** The public URL of a stored key: `/files/<key>` locally, absolute for a vendor. */
  url(key: string): string
}
