import type { AddressInfo } from 'node:net'
import { SMTPServer } from 'smtp-server'

export type CapturedEmail = {
  /** Envelope recipients (RCPT TO). */
  to: string[]
  from: string
  subject: string
  text: string
  html: string | null
  headers: Map<string, string>
  raw: string
}

export type SmtpCapture = {
  url: string
  messages: CapturedEmail[]
  close: () => Promise<void>
}

/** A real SMTP server on 127.0.0.1 that keeps every message it accepts, decoded. */
export async function startSmtpCapture(): Promise<SmtpCapture> {
  const messages: CapturedEmail[] = []
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = []
      stream.on('data', (chunk: Buffer) => chunks.push(chunk))
      stream.on('error', callback)
      stream.on('end', () => {
        try {
          const raw = Buffer.concat(chunks).toString('utf8')
          const to = session.envelope.rcptTo.map((r) => r.address)
          const from = session.envelope.mailFrom ? session.envelope.mailFrom.address : ''
          messages.push({ ...parseMessage(raw), to, from, raw })
          callback()
        } catch (error) {
          callback(error as Error)
        }
      })
    },
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.server.address() as AddressInfo
  return {
    url: `smtp://127.0.0.1:${port}`,
    messages,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}

type Part = { headers: Map<string, string>; body: string }

/** Just enough MIME for what nodemailer writes: headers, multipart/alternative, QP and base64. */
export function parseMessage(raw: string): Omit<CapturedEmail, 'to' | 'from' | 'raw'> {
  const root = splitPart(raw)
  const leaves: Part[] = []
  collectLeaves(root, leaves)
  const find = (type: string) => leaves.find((p) => (p.headers.get('content-type') ?? 'text/plain').startsWith(type))
  const text = find('text/plain')
  const html = find('text/html')
  return {
    subject: decodeWords(root.headers.get('subject') ?? ''),
    text: text ? decodeBody(text) : '',
    html: html ? decodeBody(html) : null,
    headers: root.headers,
  }
}

function splitPart(source: string): Part {
  const normalised = source.replace(/\r\n/g, '\n')
  const end = normalised.indexOf('\n\n')
  const head = end === -1 ? normalised : normalised.slice(0, end)
  const body = end === -1 ? '' : normalised.slice(end + 2)
  const headers = new Map<string, string>()
  for (const line of head.replace(/\n[ \t]+/g, ' ').split('\n')) {
    const colon = line.indexOf(':')
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim())
  }
  return { headers, body }
}

function collectLeaves(part: Part, leaves: Part[]): void {
  const type = part.headers.get('content-type') ?? ''
  const boundary = /boundary="?([^";]+)"?/i.exec(type)?.[1]
  if (!type.toLowerCase().startsWith('multipart/') || !boundary) {
    leaves.push(part)
    return
  }
  const sections = part.body.split(`--${boundary}`).slice(1)
  for (const section of sections) {
    if (section.startsWith('--')) break
    collectLeaves(splitPart(section.replace(/^\n/, '')), leaves)
  }
}

function decodeBody(part: Part): string {
  const encoding = (part.headers.get('content-transfer-encoding') ?? '7bit').toLowerCase()
  const body = part.body.replace(/\n$/, '')
  if (encoding === 'base64') return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8')
  if (encoding === 'quoted-printable') return decodeQuotedPrintable(body)
  return body
}

function decodeQuotedPrintable(body: string): string {
  const bytes: number[] = []
  const unwrapped = body.replace(/=\n/g, '')
  for (let i = 0; i < unwrapped.length; i++) {
    const char = unwrapped[i] as string
    const hex = unwrapped.slice(i + 1, i + 3)
    if (char === '=' && /^[0-9A-F]{2}$/i.test(hex)) {
      bytes.push(parseInt(hex, 16))
      i += 2
    } else {
      bytes.push(...Buffer.from(char, 'utf8'))
    }
  }
  return Buffer.from(bytes).toString('utf8')
}

/** RFC 2047 encoded words, e.g. =?UTF-8?Q?=E2=82=B9?= or =?UTF-8?B?4oK5?=. */
function decodeWords(value: string): string {
  return value
    .replace(/(\?=)\s+(=\?)/g, '$1$2')
    .replace(/=\?([^?]+)\?([QqBb])\?([^?]*)\?=/g, (_, _charset: string, kind: string, data: string) =>
      kind.toUpperCase() === 'B'
        ? Buffer.from(data, 'base64').toString('utf8')
        : decodeQuotedPrintable(data.replace(/_/g, ' ')),
    )
}
