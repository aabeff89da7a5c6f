export type StoredFile = { body: Buffer; contentType: string; size: number }

/** Where a browser uploads one file straight to storage, without the bytes passing through us. */
export type UploadTarget = {
  /** The key the file has once uploaded: keep it, and read it with `head`/`get`. */
  key: string
  /** PUT the file here as multipart form data, in a field named `file`. */
  url: string
  expiresAt: Date
}

/** What an upload URL is signed for: the stored file must be exactly this. */
export type UploadDeclaration = { name: string; size: number; contentType: string }

/** The start of a stored file and its full size, for checking an upload without reading all of it. */
export type FileHead = { size: number; contentType: string; start: Buffer }

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
  /**
   * A signed URL for one direct upload of exactly `file.size` bytes, valid for `ttlSeconds`. The
   * storage refuses a body of another size, a tampered URL and an expired one. Nothing about the
   * bytes is checked: read them back with `head` before trusting the upload.
   */
  createUpload(key: string, file: UploadDeclaration, ttlSeconds?: number): Promise<UploadTarget>
  /** The first `length` bytes (fewer if the file is shorter) and the total size; null when absent. */
  head(key: string, length: number): Promise<FileHead | null>
}
