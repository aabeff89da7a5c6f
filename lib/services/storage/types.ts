export type StoredFile = { body: Buffer; contentType: string; size: number }

export interface StorageService {
  /** Stores bytes under a key like `products/<id>/<name>.webp` and returns its public URL. */
  put(key: string, body: Buffer, contentType: string): Promise<{ key: string; url: string }>
  get(key: string): Promise<StoredFile | null>
  delete(key: string): Promise<void>
  url(key: string): string
}
