'use client'

import { useCallback, useEffect, useRef, useState } from 'react'
import { normaliseTyping } from '@/lib/search/parse'
import type { SuggestResponse } from '@/lib/search/suggest'

const DEBOUNCE_MS = 150
const MIN_CHARS = 2

export type SuggestionsState = SuggestResponse & { query: string }

const EMPTY: SuggestionsState = { query: '', corrected: null, suggestions: [] }

/**
 * Suggestions for what is typed: asked for 150 ms after the last keystroke, and a newer keystroke
 * aborts the request still in flight, so answers never arrive out of order.
 */
export function useSearchSuggestions() {
  const [state, setState] = useState<SuggestionsState>(EMPTY)
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null)
  const inFlight = useRef<AbortController | null>(null)

  const cancel = useCallback(() => {
    if (timer.current) clearTimeout(timer.current)
    timer.current = null
    inFlight.current?.abort()
    inFlight.current = null
  }, [])

  useEffect(() => cancel, [cancel])

  const request = useCallback(
    (text: string) => {
      cancel()
      const query = normaliseTyping(text)
      if (query.trim().length < MIN_CHARS) {
        setState(EMPTY)
        return
      }
      timer.current = setTimeout(async () => {
        const controller = new AbortController()
        inFlight.current = controller
        try {
          const res = await fetch(`/api/search/suggest?q=${encodeURIComponent(query)}`, { signal: controller.signal })
          if (!res.ok) throw new Error(`HTTP ${res.status}`)
          const body = (await res.json()) as SuggestResponse
          setState({ query, corrected: body.corrected, suggestions: body.suggestions })
        } catch (error) {
          if (controller.signal.aborted) return
          // Suggestions are a convenience: on failure the box is still a plain search form.
          console.warn('[search] suggestions failed', error)
          setState({ ...EMPTY, query })
        }
      }, DEBOUNCE_MS)
    },
    [cancel],
  )

  const clear = useCallback(() => {
    cancel()
    setState(EMPTY)
  }, [cancel])

  return { ...state, request, clear }
}
