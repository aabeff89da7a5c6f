import { describe, expect, it } from 'vitest'
import { escapeHtml, resetPasswordEmail, storeSubmittedEmail, welcomeEmail } from './templates'

describe('email templates', () => {
  it('put the link in both the text and the HTML', () => {
    const url = 'https://haat.example/reset-password?token=a1b2&user=7'
    const email = resetPasswordEmail({ name: 'Asha', url })
    expect(email.subject).toBe('Reset your Haat password')
    expect(email.text).toContain(`Choose a new password: ${url}`)
    expect(email.text.startsWith('Hi Asha,')).toBe(true)
    expect(email.html).toContain(`href="${escapeHtml(url)}"`)
    expect(email.html).toContain('token=a1b2&amp;user=7')
  })

  it('mentions the expiry only when told it', () => {
    expect(resetPasswordEmail({ name: 'A', url: 'https://h.in/r' }).text).not.toMatch(/minutes/)
    expect(resetPasswordEmail({ name: 'A', url: 'https://h.in/r', expiresInMinutes: 30 }).text).toContain('30 minutes')
  })

  it('escape user input in the HTML and keep it on one line in the subject', () => {
    const email = storeSubmittedEmail({
      name: '<img src=x onerror=alert(1)>',
      storeName: 'Chai & "Co"\n<script>',
      url: 'https://haat.example/dashboard',
    })
    expect(email.html).not.toContain('<img src=x')
    expect(email.html).not.toContain('<script>')
    expect(email.html).toContain('&lt;img src=x onerror=alert(1)&gt;')
    expect(email.html).toContain('Chai &amp; &quot;Co&quot;')
    expect(email.subject).toBe('Chai & "Co" <script> has been submitted for review')
    expect(email.text).toContain('Hi <img src=x onerror=alert(1)>,')
  })

  it('greet without a name', () => {
    expect(welcomeEmail({ name: '  ', url: 'https://haat.example/' }).text.startsWith('Hi there,')).toBe(true)
  })

  it('refuse links that are not absolute http(s) URLs', () => {
    expect(() => welcomeEmail({ name: 'A', url: 'javascript:alert(1)' })).toThrow(/http/)
    expect(() => welcomeEmail({ name: 'A', url: '/relative' })).toThrow(/absolute/)
  })
})
