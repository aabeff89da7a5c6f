/**
 * Product descriptions are written as plain text with a few conventions — a blank line starts a
 * new paragraph, lines starting with "- " are bullets, "1. " numbered, **bold** and *italic* —
 * and stored as HTML limited to p, br, ul, ol, li, strong and em. The text is escaped before any
 * tag is added, so the output is safe by construction; the server still sanitises it
 * (lib/domain/product-description.ts) in case this function ever regresses.
 */

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ENTITIES[ch] ?? ch)
}

function inline(text: string): string {
  return escapeHtml(text)
    .replace(/\*\*(?=\S)(.+?)(?<=\S)\*\*/g, '<strong>$1</strong>')
    .replace(/(^|[^*\w])\*(?=\S)([^*]+?)(?<=\S)\*(?![*\w])/g, '$1<em>$2</em>')
    .replace(/(^|[^_\w])_(?=\S)([^_]+?)(?<=\S)_(?![_\w])/g, '$1<em>$2</em>')
}

const BULLET = /^\s*[-*•]\s+(.*)$/
const NUMBERED = /^\s*\d{1,3}[.)]\s+(.*)$/

export function textToHtml(text: string): string {
  const out: string[] = []
  let paragraph: string[] = []
  let list = null as { tag: 'ul' | 'ol'; items: string[] } | null

  const flushParagraph = () => {
    if (paragraph.length > 0) out.push(`<p>${paragraph.map(inline).join('<br>')}</p>`)
    paragraph = []
  }
  const flushList = () => {
    if (list) out.push(`<${list.tag}>${list.items.map((item) => `<li>${inline(item)}</li>`).join('')}</${list.tag}>`)
    list = null
  }

  for (const raw of text.replace(/\r\n?/g, '\n').split('\n')) {
    const line = raw.trimEnd()
    const bullet = BULLET.exec(line)
    const numbered = bullet ? null : NUMBERED.exec(line)
    if (line.trim() === '') {
      flushParagraph()
      flushList()
    } else if (bullet || numbered) {
      const tag = bullet ? 'ul' : 'ol'
      flushParagraph()
      if (list?.tag !== tag) flushList()
      list ??= { tag, items: [] }
      list.items.push(((bullet ?? numbered)?.[1] ?? '').trim())
    } else {
      flushList()
      paragraph.push(line.trim())
    }
  }
  flushParagraph()
  flushList()
  return out.join('')
}

const DECODE: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", apos: "'", nbsp: ' ' }

function decodeEntities(text: string): string {
  return text.replace(/&(#\d+|#x[0-9a-f]+|[a-z]+);/gi, (whole, name: string) => {
    const known = DECODE[name.toLowerCase()]
    if (known !== undefined) return known
    if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(parseInt(name.slice(2), 16))
    if (name.startsWith('#')) return String.fromCodePoint(parseInt(name.slice(1), 10))
    return whole
  })
}

/** The editable text for stored HTML (the inverse of textToHtml for its tags; other tags are dropped). */
export function htmlToText(html: string): string {
  const lists: { tag: string; n: number }[] = []
  let out = ''
  for (const match of html.matchAll(/<(\/?)([a-z0-9]+)[^>]*>|([^<]+)/gi)) {
    const [, closing, rawTag, text] = match
    if (text !== undefined) {
      out += decodeEntities(text).replace(/\s*\n\s*/g, ' ')
      continue
    }
    const tag = (rawTag ?? '').toLowerCase()
    if (tag === 'br') out += '\n'
    else if (tag === 'strong' || tag === 'b') out += '**'
    else if (tag === 'em' || tag === 'i') out += '*'
    else if (tag === 'p' || tag === 'div' || /^h[1-6]$/.test(tag)) out += closing ? '\n\n' : ''
    else if (tag === 'ul' || tag === 'ol') {
      if (closing) {
        lists.pop()
        out += '\n'
      } else {
        lists.push({ tag, n: 0 })
        out += out.endsWith('\n') || out === '' ? '' : '\n\n'
      }
    } else if (tag === 'li' && !closing) {
      const list = lists.at(-1)
      if (list) list.n += 1
      out += `${list?.tag === 'ol' ? `${list.n}.` : '-'} `
    } else if (tag === 'li') out += '\n'
  }
  return out
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
}
