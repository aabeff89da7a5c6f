import sanitizeHtml from 'sanitize-html'
import { textToHtml } from './rich-text'

const ALLOWED = {
  allowedTags: ['p', 'br', 'ul', 'ol', 'li', 'strong', 'em'],
  allowedAttributes: {},
  disallowedTagsMode: 'discard' as const,
}

/** Stored HTML may only hold the description allowlist, whatever produced it. */
export function sanitizeDescription(html: string): string {
  return sanitizeHtml(html, ALLOWED)
}

/** The HTML stored for a description the seller typed in the editor or a CSV file. */
export function descriptionToHtml(text: string): string {
  return sanitizeDescription(textToHtml(text))
}
