import type { DbOrTx } from '@/db/client'
import { suggestProductTitles, suggestStores } from '@/db/queries/search-suggest'
import type { CategoryNode } from './facets'
import { tokenize } from './parse'
import { correctSearchText } from './search-catalogue'

// No 'server-only': the integration tests call it directly.

export const MAX_SUGGESTIONS = 8

export type Suggestion = { kind: 'product' | 'category' | 'store'; label: string; href: string; detail?: string }

export type SuggestResponse = {
  /** What was searched for after correction, when it differs from what was typed. */
  corrected: string | null
  suggestions: Suggestion[]
}

/**
 * Categories whose name has, for each query word, a word that starts with it (or that it starts
 * with, so "sarees" finds Sarees and "saree" finds it too); the word being typed only as a prefix.
 */
export function matchCategories(
  categories: readonly CategoryNode[],
  words: readonly string[],
  prefix: string | null,
): CategoryNode[] {
  if (words.length === 0 && !prefix) return []
  return categories.filter((c) => {
    const nameWords = tokenize(c.name)
    const whole = words.every((w) => nameWords.some((n) => n.startsWith(w) || (n.length >= 3 && w.startsWith(n))))
    return whole && (!prefix || nameWords.some((n) => n.startsWith(prefix)))
  })
}

/** Up to eight suggestions as the shopper types: two categories, two stores, the rest products. */
export async function suggest(db: DbOrTx, q: string, categoryTree: readonly CategoryNode[]): Promise<SuggestResponse> {
  const text = await correctSearchText(db, q, { completeOpenWord: true })
  if (!text) return { corrected: null, suggestions: [] }
  const words = [...text.words, ...text.phrases.flat()]
  const byPath = new Map(categoryTree.map((c) => [c.path, c]))
  const categories = matchCategories(categoryTree, words, text.prefix).slice(0, 2)
  const stores = await suggestStores(db, text.prefix ? [...words, text.prefix] : words, 2)
  const titles = await suggestProductTitles(db, text, MAX_SUGGESTIONS - categories.length - stores.length)

  const suggestions: Suggestion[] = [
    ...titles.map((p): Suggestion => ({ kind: 'product', label: p.title, href: `/p/${p.slug}` })),
    ...categories.map((c): Suggestion => {
      const parent = c.parentId ? byPath.get(c.path.split('/').slice(0, -1).join('/')) : undefined
      return { kind: 'category', label: c.name, href: `/c/${c.path}`, detail: parent ? `in ${parent.name}` : 'Category' }
    }),
    ...stores.map((s): Suggestion => ({ kind: 'store', label: s.name, href: `/s/${s.slug}`, detail: 'Store' })),
  ]
  return { corrected: text.changed ? text.text : null, suggestions: suggestions.slice(0, MAX_SUGGESTIONS) }
}
