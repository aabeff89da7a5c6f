// PUT /api/storage/upload?… – direct uploads for the local storage driver, at URLs it signed
// (lib/services/storage/local.ts). With uploadthing, browsers upload to its ingest servers instead.
import { getStorage, isLocalStorage } from '@/lib/services/storage'

export async function PUT(request: Request) {
  const storage = getStorage()
  if (!isLocalStorage(storage)) return new Response('Not found', { status: 404 })
  return storage.handleUpload(request)
}
