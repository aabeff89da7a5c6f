import { isValidJobName } from '@/lib/jobs/registry'
import type { ScheduleJobInput } from './types'

export class JobsError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'JobsError'
  }
}

export type NormalizedSchedule = {
  name: string
  /** The payload as JSON text and as the value the handler will receive. */
  body: string
  payload: unknown
  runAt: Date
  /** Set when the caller gave a delay rather than a time. */
  delaySeconds: number | null
  dedupeKey: string | null
}

// QStash refuses messages over 1 MB; the embedded driver keeps the same limit.
const MAX_BODY_BYTES = 1_000_000
const MAX_DELAY_SECONDS = 365 * 24 * 3600

/** Checks a schedule request the same way for both drivers; throws JobsError naming the field. */
export function normalizeSchedule(input: ScheduleJobInput, now: Date): NormalizedSchedule {
  if (typeof input.name !== 'string' || !isValidJobName(input.name))
    throw new JobsError(`name: "${String(input.name)}" is not a job name (lower case words joined by dots)`)
  if (input.runAt !== undefined && input.delaySeconds !== undefined)
    throw new JobsError('runAt and delaySeconds: give one or the other, not both')

  let runAt = now
  let delaySeconds: number | null = null
  if (input.runAt !== undefined) {
    if (!(input.runAt instanceof Date) || Number.isNaN(input.runAt.getTime()))
      throw new JobsError('runAt: must be a valid Date')
    runAt = input.runAt
  } else if (input.delaySeconds !== undefined) {
    const d = input.delaySeconds
    if (!Number.isInteger(d) || d < 0 || d > MAX_DELAY_SECONDS)
      throw new JobsError(`delaySeconds: must be a whole number from 0 to ${MAX_DELAY_SECONDS}`)
    delaySeconds = d
    runAt = new Date(now.getTime() + d * 1000)
  }

  if (input.dedupeKey !== undefined && (typeof input.dedupeKey !== 'string' || input.dedupeKey.length === 0 || input.dedupeKey.length > 200))
    throw new JobsError('dedupeKey: must be 1 to 200 characters')

  let body: string | undefined
  try {
    body = JSON.stringify(input.payload ?? {})
  } catch (error) {
    throw new JobsError(`payload: cannot be turned into JSON (${error instanceof Error ? error.message : String(error)})`)
  }
  if (body === undefined) throw new JobsError('payload: cannot be turned into JSON')
  if (Buffer.byteLength(body) > MAX_BODY_BYTES) throw new JobsError('payload: larger than 1 MB as JSON')

  return { name: input.name, body, payload: JSON.parse(body), runAt, delaySeconds, dedupeKey: input.dedupeKey ?? null }
}
