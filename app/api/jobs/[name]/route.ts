// POST /api/jobs/[name] – QStash delivers a delayed job (signed); GET – Vercel Cron runs a recurring one (CRON_SECRET).
import '@/lib/jobs'
import { handleJobRoute } from '@/lib/services/jobs'

export const dynamic = 'force-dynamic'

type Context = { params: Promise<{ name: string }> }

export async function POST(request: Request, context: Context) {
  return handleJobRoute(request, (await context.params).name)
}

export async function GET(request: Request, context: Context) {
  return handleJobRoute(request, (await context.params).name)
}
