// GET /api/search/suggest?q= – up to eight products, categories and stores for the header search box.
import { getSuggestions } from '@/lib/dal/search'
import { suggestInputSchema } from '@/lib/validations/search'

export async function GET(request: Request) {
  const parsed = suggestInputSchema.safeParse({ q: new URL(request.url).searchParams.get('q') ?? '' })
  const body = parsed.success ? await getSuggestions(parsed.data.q) : { corrected: null, suggestions: [] }
  return Response.json(body, {
    // Browsers and the CDN may reuse an answer briefly; the server cache holds it longer.
    headers: { 'Cache-Control': 'public, max-age=60, s-maxage=300, stale-while-revalidate=600' },
  })
}
