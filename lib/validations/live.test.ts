import { describe, expect, it } from 'vitest'
import { fieldErrorsFromZod } from '@/lib/actions/create-action-clients'
import { chatReportReasonText, createPollSchema, reportChatSchema, sendChatSchema, slowModeSchema, timeoutUserSchema, votePollSchema } from './live'

const showId = '00000000-0000-4000-8000-000000000001'
const errorsOf = (result: { success: boolean; error?: unknown }) => (result.success ? {} : fieldErrorsFromZod(result.error as never))

describe('live room schemas', () => {
  it('cleans chat and puts length problems on the body field', () => {
    expect(sendChatSchema.parse({ showId, body: '  hi\n\nthere ' })).toEqual({ showId, body: 'hi there' })
    expect(errorsOf(sendChatSchema.safeParse({ showId, body: '   ' }))).toEqual({ body: ['Type a message first.'] })
    expect(errorsOf(sendChatSchema.safeParse({ showId, body: 'x'.repeat(301) })).body?.[0]).toMatch(/300 characters/)
  })

  it('polls take 2–4 distinct options and 15 s – 10 min', () => {
    const ok = { showId, question: 'Colour?', options: ['Red', 'Blue'], durationSeconds: '60' }
    expect(createPollSchema.parse(ok).durationSeconds).toBe(60)
    expect(errorsOf(createPollSchema.safeParse({ ...ok, options: ['Red'] }))).toEqual({ options: ['Give at least 2 options.'] })
    expect(errorsOf(createPollSchema.safeParse({ ...ok, options: ['a', 'b', 'c', 'd', 'e'] }))).toEqual({ options: ['Polls can have up to 4 options.'] })
    expect(errorsOf(createPollSchema.safeParse({ ...ok, options: ['Red', 'red'] }))).toEqual({ options: ['Each option must be different.'] })
    expect(errorsOf(createPollSchema.safeParse({ ...ok, options: ['Red', ' '] }))).toEqual({ 'options.1': ['Fill in this option or remove it.'] })
    expect(errorsOf(createPollSchema.safeParse({ ...ok, durationSeconds: 10 }))).toEqual({ durationSeconds: ['Polls run for at least 15 seconds.'] })
    expect(errorsOf(createPollSchema.safeParse({ ...ok, durationSeconds: 601 }))).toEqual({ durationSeconds: ['Polls run for at most 10 minutes.'] })
    expect(votePollSchema.safeParse({ pollId: showId, optionIndex: 4 }).success).toBe(false)
  })

  it('timeouts, slow mode and reports take only the offered choices', () => {
    expect(timeoutUserSchema.safeParse({ showId, userId: showId, minutes: '5' }).success).toBe(true)
    expect(timeoutUserSchema.safeParse({ showId, userId: showId, minutes: 7 }).success).toBe(false)
    expect(slowModeSchema.safeParse({ showId, seconds: 0 }).success).toBe(true)
    expect(slowModeSchema.safeParse({ showId, seconds: 3600 }).success).toBe(false)
    expect(errorsOf(reportChatSchema.safeParse({ messageId: showId, reason: 'other' }))).toEqual({ details: ['Tell us what is wrong with this message.'] })
    expect(chatReportReasonText({ reason: 'spam', details: 'links to a fake site' })).toBe('Spam or scam: links to a fake site')
  })
})
