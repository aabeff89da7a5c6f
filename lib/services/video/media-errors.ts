/** getUserMedia failures in words that say what to do next. */
export function describeMediaError(error: unknown): string {
  const name = error instanceof Error || (typeof DOMException !== 'undefined' && error instanceof DOMException) ? (error as Error).name : ''
  switch (name) {
    case 'NotAllowedError':
    case 'PermissionDeniedError':
    case 'SecurityError':
      return 'Camera and microphone access is blocked. Allow both in your browser’s site settings (the camera icon in the address bar), then press “Turn on camera” again.'
    case 'NotFoundError':
    case 'DevicesNotFoundError':
    case 'OverconstrainedError':
      return 'No camera or microphone was found. Connect one and press “Turn on camera” again — or go live from OBS with a stream key.'
    case 'NotReadableError':
    case 'TrackStartError':
    case 'AbortError':
      return 'Your camera is busy: another app or tab is using it. Close that app, then press “Turn on camera” again.'
    case 'InsecureContext':
      return 'The camera works only on a secure page (https:// or localhost). Open Haat over https and try again.'
    default: {
      const detail = error instanceof Error && error.message ? ` (${error.message})` : ''
      return `The camera could not start${detail}. Reload the page and try again.`
    }
  }
}

export class InsecureContextError extends Error {
  constructor() {
    super('navigator.mediaDevices is unavailable')
    this.name = 'InsecureContext'
  }
}
