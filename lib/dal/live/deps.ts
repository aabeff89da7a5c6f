import type { Db } from '@/db/client'
import { channels } from '@/lib/live/channels'
import type { ShowEventName, ShowEvents, StudioEventName, StudioEvents } from '@/lib/live/events'
import type { Kv } from '@/lib/services/kv/types'
import type { RealtimeBatchEvent, Realtime } from '@/lib/services/realtime/types'

/** What the live room's server code needs; actions build it from the app's services, tests pass fakes. */
export type LiveDeps = {
  db: Db
  realtime: Realtime
  kv: Kv
  /** The clock; tests move it to make viewers stale. */
  now?: () => Date
  /** Where a failed publish is reported (default console.error). */
  logError?: (message: string, error: unknown) => void
}

export function nowOf(deps: Pick<LiveDeps, 'now'>): Date {
  return deps.now?.() ?? new Date()
}

export function showEvent<K extends ShowEventName>(showId: string, name: K, data: ShowEvents[K]): RealtimeBatchEvent {
  return { channel: channels.show(showId), name, data }
}

export function studioEvent<K extends StudioEventName>(showId: string, name: K, data: StudioEvents[K]): RealtimeBatchEvent {
  return { channel: channels.studio(showId), name, data }
}

/**
 * Publishes events that describe committed rows. The rows are the truth and a late joiner reads
 * them, so a realtime outage is logged rather than failing a write that already happened.
 */
export async function publish(deps: Pick<LiveDeps, 'realtime' | 'logError'>, events: RealtimeBatchEvent[]): Promise<void> {
  if (events.length === 0) return
  try {
    if (events.length === 1) {
      const [event] = events
      await deps.realtime.trigger(event!.channel, event!.name, event!.data)
    } else {
      await deps.realtime.triggerBatch(events)
    }
  } catch (error) {
    ;(deps.logError ?? ((message, e) => console.error(message, e)))(`[live] publish of ${events.map((e) => e.name).join(', ')} failed`, error)
  }
}
