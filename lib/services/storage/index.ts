import 'server-only'

import { getServiceConfig } from '@/lib/services'
import { createLocalStorage } from './local'
import type { StorageService } from './types'

export type { StorageService, StoredFile } from './types'

const globalForStorage = globalThis as unknown as { haatStorage?: StorageService }

export function getStorage(): StorageService {
  globalForStorage.haatStorage ??= create()
  return globalForStorage.haatStorage
}

function create(): StorageService {
  const config = getServiceConfig().storage
  switch (config.driver) {
    case 'local':
      return createLocalStorage(config.dir)
    case 'uploadthing':
      // The uploadthing driver arrives with media uploads (issue 3); refuse loudly until then.
      throw new Error('STORAGE_DRIVER=uploadthing is not available yet; unset UPLOADTHING_TOKEN to use local storage.')
    default: {
      const unknown: never = config
      throw new Error(`Unknown storage driver: ${JSON.stringify(unknown)}`)
    }
  }
}
