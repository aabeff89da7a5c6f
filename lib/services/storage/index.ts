import 'server-only'

import { getServiceConfig } from '@/lib/services'
import type { ServiceConfig } from '@/lib/services/config'
import { createLocalStorage } from './local'
import type { StorageService } from './types'
import { createUploadthingStorage } from './uploadthing'

export type { FileHead, StorageService, StoredFile, UploadTarget } from './types'
export { isLocalStorage } from './local'
export { formatMegabytes, sniffMediaType, UPLOAD_LIMITS, validateUpload, type MediaKind, type MediaType, type UploadCheck } from './validate'

const globalForStorage = globalThis as unknown as { haatStorage?: StorageService }

export function getStorage(): StorageService {
  globalForStorage.haatStorage ??= createStorage(getServiceConfig().storage)
  return globalForStorage.haatStorage
}

export function createStorage(config: ServiceConfig['storage']): StorageService {
  switch (config.driver) {
    case 'local':
      return createLocalStorage(config.dir, { secret: config.uploadSecret })
    case 'uploadthing':
      return createUploadthingStorage({ token: config.token })
    default: {
      const unknown: never = config
      throw new Error(`Unknown storage driver: ${JSON.stringify(unknown)}`)
    }
  }
}
