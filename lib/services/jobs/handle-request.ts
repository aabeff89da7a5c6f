import { isValidJobName, type JobHandler } from '@/lib/jobs/registry'
import type { JobsService } from './types'

export type JobRequestDeps = {
  jobs: Pick<JobsService, 'verifyRequest'>
  getJob: (name: string) => JobHandler | undefined
  clock?: () => Date
  log?: Pick<Console, 'error'>
}

/**
 * What /api/jobs/[name] does, for QStash deliveries (POST, signed) and Vercel Cron (GET, bearer):
 * 401 unless verified — before anything else, so job names cannot be probed — 404 for an
 * unknown job, 400 for a body that is not JSON, then the handler: 200, or 500 so QStash retries.
 */
export async function handleJobRequest(request: Request, name: string, deps: JobRequestDeps): Promise<Response> {
  const rawBody = await request.text()
  if (!(await deps.jobs.verifyRequest(request, rawBody))) return Response.json({ ok: false, error: 'unauthorised' }, { status: 401 })

  const job = isValidJobName(name) ? deps.getJob(name) : undefined
  if (!job) return Response.json({ ok: false, error: `no job named "${name}"` }, { status: 404 })

  let payload: unknown = {}
  if (rawBody.trim().length > 0) {
    try {
      payload = JSON.parse(rawBody)
    } catch {
      return Response.json({ ok: false, error: 'the body is not JSON' }, { status: 400 })
    }
  }

  // QStash counts deliveries from 0 in Upstash-Retried; handlers count attempts from 1.
  const retried = Number(request.headers.get('upstash-retried') ?? '0')
  const attempt = Number.isInteger(retried) && retried >= 0 ? retried + 1 : 1
  try {
    await job.run(payload, { attempt, now: deps.clock?.() ?? new Date() })
    return Response.json({ ok: true })
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    ;(deps.log ?? console).error(`[jobs] ${name} attempt ${attempt} failed:`, error)
    // The caller is verified (QStash or Vercel Cron); the message lands in their logs and DLQ.
    return Response.json({ ok: false, error: message.slice(0, 500) }, { status: 500 })
  }
}
