export type EmailContent = { subject: string; text: string; html: string }

export type Layout = {
  /** Shown by mail clients next to the subject; not visible in the body. */
  preheader: string
  heading: string
  greeting: string
  paragraphs: string[]
  /** Label–value rows after the paragraphs, e.g. order lines and totals. */
  summary?: { label: string; value: string; strong?: boolean }[]
  action?: { label: string; url: string }
  footnote?: string
}

const COLORS = { ink: '#1f1b4d', muted: '#5b5877', accent: '#f2a51a', page: '#faf8f3', card: '#ffffff', line: '#ece7dc' }
const FONT = "-apple-system,BlinkMacSystemFont,'Segoe UI',Roboto,'Noto Sans',Helvetica,Arial,sans-serif"

export function resetPasswordEmail(input: { name: string; url: string; expiresInMinutes?: number }): EmailContent {
  const expiry = input.expiresInMinutes ? ` The link works for ${input.expiresInMinutes} minutes.` : ''
  return {
    subject: 'Reset your Haat password',
    ...render({
      preheader: 'Use this link to choose a new password.',
      heading: 'Reset your password',
      greeting: greet(input.name),
      paragraphs: [`Someone asked to reset the password for your Haat account. If it was you, choose a new password below.${expiry}`],
      action: { label: 'Choose a new password', url: input.url },
      footnote: "If you didn't ask for this, ignore this email: your password stays the same.",
    }),
  }
}

export function welcomeEmail(input: { name: string; url: string }): EmailContent {
  return {
    subject: 'Welcome to Haat',
    ...render({
      preheader: 'Live shows, real sellers, prices in rupees.',
      heading: 'Welcome to Haat',
      greeting: greet(input.name),
      paragraphs: [
        'Your account is ready. Follow stores you like to hear when they go live, ask sellers questions during a show, and check out in a few taps.',
      ],
      action: { label: 'Start browsing', url: input.url },
    }),
  }
}

export function storeSubmittedEmail(input: { name: string; storeName: string; url: string }): EmailContent {
  const store = input.storeName.trim()
  return {
    subject: `${oneLine(store)} has been submitted for review`,
    ...render({
      preheader: `We're reviewing ${store}.`,
      heading: 'Your store is in review',
      greeting: greet(input.name),
      paragraphs: [
        `Thanks for submitting ${store}. Our team checks every new store before it can sell or go live; we'll email you as soon as it has been reviewed.`,
        'Meanwhile you can keep adding products from your dashboard.',
      ],
      action: { label: 'Open your dashboard', url: input.url },
    }),
  }
}

export function escapeHtml(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')
}

/** Only absolute http(s) links go into an email: anything else is a bug or an injection. */
function safeUrl(url: string): string {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    throw new Error(`email link must be an absolute URL, got ${JSON.stringify(url)}`)
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')
    throw new Error(`email link must use http(s), got ${parsed.protocol}`)
  return parsed.toString()
}

export function greet(name: string): string {
  const first = oneLine(name)
  return first ? `Hi ${first},` : 'Hi there,'
}

export function oneLine(value: string): string {
  return value.replace(/\s+/g, ' ').trim()
}

function summaryTable(rows: NonNullable<Layout['summary']>): string {
  const cell = (content: string, strong: boolean | undefined, align: 'left' | 'right') =>
    `<td style="padding:6px 0;font-size:15px;line-height:22px;color:${COLORS.ink};text-align:${align};vertical-align:top${strong ? ';font-weight:700' : ''}">${escapeHtml(content)}</td>`
  const body = rows
    .map((row) => `<tr style="border-top:1px solid ${COLORS.line}">${cell(row.label, row.strong, 'left')}${cell(row.value, row.strong, 'right')}</tr>`)
    .join('')
  return `<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="margin:0 0 24px;border-collapse:collapse">${body}</table>`
}

export function render(layout: Layout): { text: string; html: string } {
  const url = layout.action ? safeUrl(layout.action.url) : undefined
  const text = [
    layout.greeting,
    ...layout.paragraphs,
    layout.summary?.length ? layout.summary.map((row) => (row.value ? `${row.label} — ${row.value}` : row.label)).join('\n') : undefined,
    layout.action && url ? `${layout.action.label}: ${url}` : undefined,
    layout.footnote,
    '— Haat',
  ]
    .filter((line): line is string => line !== undefined)
    .join('\n\n')

  const p = (content: string, color: string = COLORS.ink) =>
    `<p style="margin:0 0 16px;font-size:16px;line-height:24px;color:${color}">${content}</p>`
  const button =
    layout.action && url
      ? `<table role="presentation" cellpadding="0" cellspacing="0" style="margin:8px 0 24px"><tr><td style="border-radius:8px;background:${COLORS.accent}">` +
        `<a href="${escapeHtml(url)}" style="display:inline-block;padding:12px 22px;font-size:16px;font-weight:600;color:${COLORS.ink};text-decoration:none;border-radius:8px">${escapeHtml(layout.action.label)}</a>` +
        `</td></tr></table>` +
        p(`Or paste this link into your browser:<br><a href="${escapeHtml(url)}" style="color:${COLORS.muted};word-break:break-all">${escapeHtml(url)}</a>`, COLORS.muted)
      : ''

  const html = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${escapeHtml(layout.heading)}</title></head>
<body style="margin:0;padding:0;background:${COLORS.page};font-family:${FONT}">
<div style="display:none;max-height:0;overflow:hidden">${escapeHtml(layout.preheader)}</div>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:${COLORS.page};padding:32px 16px">
<tr><td align="center">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="max-width:560px;background:${COLORS.card};border:1px solid ${COLORS.line};border-radius:12px">
<tr><td style="padding:32px 32px 8px">
<div style="font-size:20px;font-weight:700;letter-spacing:-0.01em;color:${COLORS.ink};margin-bottom:24px">Haat</div>
<h1 style="margin:0 0 16px;font-size:24px;line-height:32px;color:${COLORS.ink}">${escapeHtml(layout.heading)}</h1>
${p(escapeHtml(layout.greeting))}
${layout.paragraphs.map((para) => p(escapeHtml(para))).join('\n')}
${layout.summary?.length ? summaryTable(layout.summary) : ''}
${button}
${layout.footnote ? p(escapeHtml(layout.footnote), COLORS.muted) : ''}
</td></tr>
</table>
<p style="margin:16px 0 0;font-size:12px;color:${COLORS.muted}">Haat · live shopping from Indian sellers</p>
</td></tr>
</table>
</body>
</html>`
  return { text, html }
}
