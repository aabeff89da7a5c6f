import { describe, expect, it } from 'vitest'
import { descriptionToHtml, sanitizeDescription } from './product-description'
import { htmlToText, textToHtml } from './rich-text'

describe('description text', () => {
  it('turns paragraphs, bullets, numbers, bold and italic into HTML', () => {
    const text = 'Pure **Banarasi** silk.\nWoven by hand.\n\n- Zari border\n- *Dry clean* only\n\n1. Unfold\n2. Drape'
    expect(textToHtml(text)).toBe(
      '<p>Pure <strong>Banarasi</strong> silk.<br>Woven by hand.</p><ul><li>Zari border</li><li><em>Dry clean</em> only</li></ul><ol><li>Unfold</li><li>Drape</li></ol>',
    )
  })

  it('escapes markup the seller types', () => {
    expect(textToHtml('<script>alert(1)</script> & <b onclick="x">hi</b>')).toBe(
      '<p>&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;b onclick=&quot;x&quot;&gt;hi&lt;/b&gt;</p>',
    )
  })

  it('leaves 2*3*4 and snake_case words alone', () => {
    expect(textToHtml('Size 2*3*4 cm, code my_item_name')).toBe('<p>Size 2*3*4 cm, code my_item_name</p>')
  })

  it('round-trips stored HTML back to editable text', () => {
    const html = '<p>Handwoven in Varanasi.</p><ul><li>Pure silk</li><li>Zari &amp; <strong>gold</strong></li></ul><p>Ships in 2 days.</p>'
    const text = htmlToText(html)
    expect(text).toBe('Handwoven in Varanasi.\n\n- Pure silk\n- Zari & **gold**\n\nShips in 2 days.')
    expect(textToHtml(text)).toBe(html)
  })

  it('sanitises to the allowlist on the server', () => {
    expect(sanitizeDescription('<p onclick="x">Hi<img src=x onerror=alert(1)><a href="javascript:1">link</a></p>')).toBe('<p>Hilink</p>')
    expect(descriptionToHtml('Hello')).toBe('<p>Hello</p>')
  })
})
