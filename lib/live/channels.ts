/**
 * Channel names (ARCHITECTURE.md §5). Pusher allows [A-Za-z0-9_\-=@,.;] and 164 characters; ids
 * are uuids and viewer keys are uuids, so every name below fits.
 */
export const channels = {
  /** Public: chat, reactions, viewer count, spotlight, stock left, polls, ticker. */
  show: (showId: string) => `show-${showId}`,
  /** Private to the person: notifications, order updates. */
  user: (userId: string) => `private-user-${userId}`,
  /** Private to the show's store members: host console events (orders, reports, questions). */
  studio: (showId: string) => `private-studio-${showId}`,
  /** Private to the host and one viewer: embedded video signalling (client events only). */
  signal: (showId: string, viewerKey: string) => `private-signal-${showId}-${viewerKey}`,
} as const

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}'

export type ParsedChannel =
  | { kind: 'show'; showId: string }
  | { kind: 'user'; userId: string }
  | { kind: 'studio'; showId: string }
  | { kind: 'signal'; showId: string; viewerKey: string }

export function parseChannel(name: string): ParsedChannel | null {
  let m = new RegExp(`^show-(${UUID})$`).exec(name)
  if (m) return { kind: 'show', showId: m[1]! }
  m = new RegExp(`^private-user-(${UUID})$`).exec(name)
  if (m) return { kind: 'user', userId: m[1]! }
  m = new RegExp(`^private-studio-(${UUID})$`).exec(name)
  if (m) return { kind: 'studio', showId: m[1]! }
  m = new RegExp(`^private-signal-(${UUID})-(${UUID})$`).exec(name)
  if (m) return { kind: 'signal', showId: m[1]!, viewerKey: m[2]! }
  return null
}
