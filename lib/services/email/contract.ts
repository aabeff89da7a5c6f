import { randomUUID } from 'node:crypto'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { resetPasswordEmail } from './templates'
import type { EmailService } from './types'

export type ReceivedEmail = { to: string; subject: string; text: string }

export type EmailContractSetup = {
  email: EmailService
  /** Everything delivered so far, oldest first. */
  received: () => Promise<ReceivedEmail[]>
  teardown?: () => Promise<void>
}

/** The behaviour every email driver must have; `setup` runs before each test. */
export function runEmailContract(name: string, setup: () => Promise<EmailContractSetup>): void {
  describe(`email contract: ${name}`, () => {
    let ctx: EmailContractSetup
    const recipient = (label: string) => `${label}.${randomUUID().slice(0, 8)}@example.in`
    const receivedBy = async (to: string) => (await ctx.received()).filter((m) => m.to === to)

    beforeEach(async () => {
      ctx = await setup()
    })
    afterEach(async () => {
      await ctx.teardown?.()
    })

    it('delivers subject and text exactly, including non-ASCII and long links', async () => {
      const to = recipient('buyer')
      const link = `https://haat.example/orders/${randomUUID()}?utm_source=email&utm_campaign=${'x'.repeat(60)}`
      const subject = 'आपका ऑर्डर ₹1,499 — shipped'
      const text = `Namaste!\n\nYour order of ₹1,499 is on its way.\nTrack it: ${link}\n\n— Haat`
      const sent = await ctx.email.send({ to, subject, text })
      expect(sent.id).toEqual(expect.any(String))
      expect(sent.id.length).toBeGreaterThan(0)
      expect(await receivedBy(to)).toEqual([{ to, subject, text }])
    })

    it('sends HTML alongside the text, and a tag, without changing the text', async () => {
      const to = recipient('reset')
      const content = resetPasswordEmail({ name: 'Asha <b>', url: 'https://haat.example/reset?token=abc' })
      await ctx.email.send({ to, ...content, tag: 'password-reset' })
      const [message] = await receivedBy(to)
      expect(message).toEqual({ to, subject: content.subject, text: content.text })
      expect(message?.text).toContain('https://haat.example/reset?token=abc')
    })

    it('gives every message its own id and delivers each one', async () => {
      const to = recipient('twice')
      const first = await ctx.email.send({ to, subject: 'One', text: 'first' })
      const second = await ctx.email.send({ to, subject: 'Two', text: 'second' })
      expect(first.id).not.toBe(second.id)
      expect((await receivedBy(to)).map((m) => m.subject)).toEqual(['One', 'Two'])
    })
  })
}
