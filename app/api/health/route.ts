// GET /api/health – readiness: the database answers and boot has finished.
import { sql } from 'drizzle-orm'
import { getDb } from '@/db'
import { boot } from '@/lib/boot'

export const dynamic = 'force-dynamic'

export async function GET() {
  try {
    await boot()
    await getDb().execute(sql`select 1`)
    return Response.json({ ok: true })
  } catch (error) {
    console.error('[health]', error)
    return Response.json({ ok: false }, { status: 503 })
  }
}
