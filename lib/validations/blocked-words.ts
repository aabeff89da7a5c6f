import { z } from 'zod'
import { messageLength, normalizeMessage } from '@/lib/domain/chat'

/** A store's blocked-word list for live chat (SPEC §6.1, §9.5). */

export const BLOCKED_WORD_MIN_CHARS = 2
export const BLOCKED_WORD_MAX_CHARS = 40
export const MAX_BLOCKED_WORDS = 200

/** "  WhatsApp   Me " → "whatsapp me": the one form a word is stored, shown and compared in. */
export function normaliseBlockedWord(raw: string): string {
  return normalizeMessage(raw.normalize('NFKC')).toLowerCase()
}

/** Normalised, empty entries dropped, first occurrence kept. */
export function normaliseBlockedWords(raw: readonly string[]): string[] {
  return [...new Set(raw.map(normaliseBlockedWord).filter(Boolean))]
}

/** Why one entry can't be saved, naming it so the seller can find it among the chips. */
export function blockedWordProblem(raw: string): string | null {
  const word = normaliseBlockedWord(raw)
  if (word === '') return 'One entry is empty. Type a word or remove it.'
  const length = messageLength(word)
  if (length < BLOCKED_WORD_MIN_CHARS) return `“${word}” is too short. Use at least ${BLOCKED_WORD_MIN_CHARS} characters, or remove it.`
  if (length > BLOCKED_WORD_MAX_CHARS) {
    return `“${word.slice(0, 20)}…” is too long. Keep each word or phrase to ${BLOCKED_WORD_MAX_CHARS} characters.`
  }
  return null
}

export const blockedWordsField = z
  .array(z.string({ error: 'Each blocked word must be text.' }), { error: 'Send the list of blocked words.' })
  .superRefine((raw, ctx) => {
    raw.forEach((entry, i) => {
      const problem = blockedWordProblem(entry)
      if (problem) ctx.addIssue({ code: 'custom', message: problem, path: [i] })
    })
    const count = normaliseBlockedWords(raw).length
    if (count > MAX_BLOCKED_WORDS) {
      ctx.addIssue({ code: 'custom', message: `Keep the list to ${MAX_BLOCKED_WORDS} words or phrases. It has ${count}: remove ${count - MAX_BLOCKED_WORDS}.` })
    }
  })
  .transform(normaliseBlockedWords)

export const blockedWordsSchema = z.object({ storeId: z.uuid(), words: blockedWordsField })
export type BlockedWordsInput = z.output<typeof blockedWordsSchema>
export type BlockedWordsFormValues = z.input<typeof blockedWordsSchema>
