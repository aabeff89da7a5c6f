/** Keys are relative paths of letters, digits, dots, dashes and slashes — never `..` or absolute. */
export function isSafeKey(key: string): boolean {
  return /^[a-z0-9][a-z0-9._/-]*$/i.test(key) && !key.split('/').some((part) => part === '..' || part === '' || part === '.')
}

/** A vendor's file key: a safe key with no folders (uploadthing's are opaque, flat ids). */
export function isFlatKey(key: string): boolean {
  return isSafeKey(key) && !key.includes('/')
}
