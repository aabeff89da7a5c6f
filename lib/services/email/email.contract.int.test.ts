import { asc } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { getOutboxEmail } from '@/db/queries/email-outbox'
import { emailOutbox } from '@/db/schema'
import { startSmtpCapture } from '@/tests/support/smtp-capture'
import { createTestDb, type TestDb } from '@/tests/support/test-db'
import { runEmailContract } from './contract'
import { createOutboxEmail } from './outbox'
import { createSmtpEmail } from './smtp'

const FROM = 'Haat <no-reply@haat.local>'

describe('outbox driver', () => {
  let testDb: TestDb
  beforeAll(async () => {
    testDb = await createTestDb()
  })
  afterAll(async () => {
    await testDb.close()
  })

  runEmailContract('outbox', async () => ({
    email: createOutboxEmail({ db: () => testDb.db, from: FROM }),
    received: () =>
      testDb.db
        .select({ to: emailOutbox.to, subject: emailOutbox.subject, text: emailOutbox.text })
        .from(emailOutbox)
        .orderBy(asc(emailOutbox.createdAt)),
  }))

  it('stores the sender, HTML and tag for the dev outbox viewer', async () => {
    const email = createOutboxEmail({ db: testDb.db, from: FROM })
    const { id } = await email.send({ to: 'viewer@example.in', subject: 'S', text: 'T', html: '<p>T</p>', tag: 'welcome' })
    expect(await getOutboxEmail(testDb.db, id)).toMatchObject({ from: FROM, html: '<p>T</p>', tag: 'welcome' })
  })
})

describe('smtp driver', () => {
  runEmailContract('smtp (local SMTP server)', async () => {
    const capture = await startSmtpCapture()
    const email = createSmtpEmail({ url: capture.url, from: FROM })
    return {
      email,
      received: async () => capture.messages.flatMap((m) => m.to.map((to) => ({ to, subject: m.subject, text: m.text }))),
      teardown: async () => {
        email.close()
        await capture.close()
      },
    }
  })

  it('sends from the configured address with the tag header and the HTML part', async () => {
    const capture = await startSmtpCapture()
    const email = createSmtpEmail({ url: capture.url, from: FROM })
    try {
      await email.send({ to: 'tagged@example.in', subject: 'S', text: 'T', html: '<p>Hello</p>', tag: 'welcome' })
      const [message] = capture.messages
      expect(message?.from).toBe('no-reply@haat.local')
      expect(message?.headers.get('x-haat-tag')).toBe('welcome')
      expect(message?.html).toBe('<p>Hello</p>')
    } finally {
      email.close()
      await capture.close()
    }
  })
})
