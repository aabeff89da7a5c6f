import { z } from 'zod'
import { messageLengthProblem, normalizeMessage } from '@/lib/domain/chat'
import { REACTIONS } from '@/lib/live/events'

/** The live room and the host console (SPEC §6): one schema per operation. */

const showId = z.uuid({ error: 'This show link is broken. Reload the page.' })
const messageId = z.uuid({ error: 'Choose a message in the chat.' })
const userId = z.uuid({ error: 'Choose a person in the chat.' })

export const chatBody = z
  .string({ error: 'Type a message first.' })
  .transform(normalizeMessage)
  .superRefine((body, ctx) => {
    const problem = messageLengthProblem(body)
    if (problem) ctx.addIssue({ code: 'custom', message: problem })
  })

export const sendChatSchema = z.object({ showId, body: chatBody })
export type SendChatInput = z.output<typeof sendChatSchema>

export const messageRefSchema = z.object({ messageId })
export const deleteChatSchema = messageRefSchema
export const markQuestionSchema = messageRefSchema
export const answerQuestionSchema = messageRefSchema

export const TIMEOUT_MINUTES = [1, 5, 10, 30, 60, 1440] as const
export const timeoutUserSchema = z.object({
  showId,
  userId,
  minutes: z.coerce
    .number<string | number>({ error: 'Choose how long to time them out.' })
    .int('Choose how long to time them out.')
    .refine((m) => (TIMEOUT_MINUTES as readonly number[]).includes(m), 'Choose 1, 5, 10, 30 or 60 minutes, or a day.'),
})
export const banUserSchema = z.object({ showId, userId })

export const pinChatSchema = z.object({ showId, messageId: messageId.nullable() })

export const CHAT_REPORT_REASONS = {
  spam: 'Spam or scam',
  abuse: 'Abusive or hateful',
  harassment: 'Harassing someone',
  other: 'Something else',
} as const
export const reportChatSchema = z
  .object({
    messageId,
    reason: z.enum(Object.keys(CHAT_REPORT_REASONS) as [keyof typeof CHAT_REPORT_REASONS, ...(keyof typeof CHAT_REPORT_REASONS)[]], {
      error: 'Choose why you are reporting this message.',
    }),
    details: z.string().trim().max(300, 'Keep the details under 300 characters.').optional(),
  })
  .superRefine((v, ctx) => {
    if (v.reason === 'other' && !v.details) ctx.addIssue({ code: 'custom', path: ['details'], message: 'Tell us what is wrong with this message.' })
  })

/** What the reports row stores: the reason's label, plus what the person wrote. */
export function chatReportReasonText(input: { reason: keyof typeof CHAT_REPORT_REASONS; details?: string }): string {
  const label = CHAT_REPORT_REASONS[input.reason]
  return input.details ? `${label}: ${input.details}` : label
}

export const reactSchema = z.object({ showId, kind: z.enum(REACTIONS, { error: 'Choose a reaction.' }) })
export const showRefSchema = z.object({ showId })
export const heartbeatSchema = showRefSchema
export const leaveSchema = showRefSchema

export const spotlightSchema = z.object({ showId, productId: z.uuid({ error: 'Choose a product from the run list.' }).nullable() })

export const SLOW_MODE_SECONDS = [0, 5, 10, 30, 60, 120] as const
export const slowModeSchema = z.object({
  showId,
  seconds: z.coerce
    .number<string | number>({ error: 'Choose a slow mode setting.' })
    .int('Choose a slow mode setting.')
    .refine((s) => (SLOW_MODE_SECONDS as readonly number[]).includes(s), 'Choose off, 5, 10, 30, 60 or 120 seconds.'),
})

export const POLL_MIN_SECONDS = 15
export const POLL_MAX_SECONDS = 600
const pollOption = z.string().trim().min(1, 'Fill in this option or remove it.').max(60, 'Keep each option under 60 characters.')
export const createPollSchema = z.object({
  showId,
  question: z.string().trim().min(1, 'Ask a question.').max(120, 'Keep the question under 120 characters.'),
  options: z
    .array(pollOption)
    .min(2, 'Give at least 2 options.')
    .max(4, 'Polls can have up to 4 options.')
    .refine((opts) => new Set(opts.map((o) => o.toLowerCase())).size === opts.length, 'Each option must be different.'),
  durationSeconds: z.coerce
    .number<string | number>({ error: 'Choose how long the poll runs.' })
    .int('Choose how long the poll runs.')
    .min(POLL_MIN_SECONDS, 'Polls run for at least 15 seconds.')
    .max(POLL_MAX_SECONDS, 'Polls run for at most 10 minutes.'),
})
export type CreatePollInput = z.output<typeof createPollSchema>

export const votePollSchema = z.object({
  pollId: z.uuid({ error: 'This poll has gone. Reload the page.' }),
  optionIndex: z.coerce.number<string | number>({ error: 'Choose an option.' }).int('Choose an option.').min(0, 'Choose an option.').max(3, 'Choose an option.'),
})
export const closePollSchema = z.object({ pollId: z.uuid({ error: 'This poll has gone. Reload the page.' }) })
