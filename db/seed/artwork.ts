import { drawMotif, shade, type MotifKind } from './motifs'
import { textBlock, wrapText, type ImageJob } from './images'

/** Light background pairs per root category, one per image position. */
const ROOT_PALETTES: Record<string, readonly (readonly [string, string])[]> = {
  fashion: [['#ffe4ec', '#ffd6a5'], ['#fde2e4', '#e2cfea'], ['#fff1e6', '#fbc4ab']],
  electronics: [['#e0f2fe', '#c7d2fe'], ['#e0e7ff', '#cffafe'], ['#f1f5f9', '#bae6fd']],
  beauty: [['#fce7f3', '#fbcfe8'], ['#f5f3ff', '#fbcfe8'], ['#ecfccb', '#fef3c7']],
  'home-kitchen': [['#fef3c7', '#fde68a'], ['#ecfdf5', '#d1fae5'], ['#fff7ed', '#fed7aa']],
  handicrafts: [['#dbeafe', '#fef9c3'], ['#ffedd5', '#fecaca'], ['#e0f2f1', '#fde68a']],
}
const FALLBACK: readonly [string, string] = ['#f1f5f9', '#e2e8f0']

function palette(root: string, index: number): { from: string; to: string } {
  const list = ROOT_PALETTES[root] ?? [FALLBACK]
  const [from, to] = list[index % list.length] ?? FALLBACK
  return { from, to }
}

const INK = '#1f2937'

function motifAt(kind: MotifKind, colour: string, cx: number, cy: number, scale: number, rotate = 0, opacity = 1): string {
  return (
    `<g transform="translate(${cx} ${cy}) rotate(${rotate}) scale(${scale}) translate(-100 -100)"${opacity < 1 ? ` fill-opacity="${opacity}" stroke-opacity="${opacity}"` : ''}>` +
    `${drawMotif(kind, colour)}</g>`
  )
}

/** The title up to " with", "(" or a comma, so the image carries a short name. */
export function shortName(title: string): string {
  const cut = title.split(/\s+with\s+|\s*\(|,\s*/i)[0] ?? title
  return cut.length >= 6 ? cut : title
}

function fitSize(lines: readonly string[], maxWidth: number, maxSize: number): number {
  const longest = Math.max(1, ...lines.map((l) => l.length))
  return Math.min(maxSize, Math.floor(maxWidth / (longest * 0.6)))
}

export type ProductArt = {
  slug: string
  title: string
  root: string
  categoryName: string
  storeName: string
  city: string
  motif: MotifKind
  /** Tint colours: the product's colour variants, or one colour. */
  swatches: readonly { name: string; hex: string }[]
  imageCount: number
}

export function productImageJobs(p: ProductArt): ImageJob[] {
  const name = shortName(p.title)
  const main = p.swatches[0]?.hex ?? '#64748b'
  const second = p.swatches[1]?.hex ?? shade(main, 0.25)
  const jobs: ImageJob[] = []
  for (let n = 1; n <= p.imageCount; n++) {
    const key = `seed/${p.slug}-${n}.webp`
    const background = palette(p.root, n - 1)
    let overlay: () => string
    if (n === 1) {
      overlay = () => {
        const lines = wrapText(name, 24, 2)
        const size = fitSize(lines, 660, 46)
        return (
          `<circle cx="400" cy="320" r="250" fill="#fff" fill-opacity=".5"/>` +
          motifAt(p.motif, main, 400, 320, 2.1) +
          `<rect x="40" y="600" width="720" height="170" rx="28" fill="#fff" fill-opacity=".88"/>` +
          textBlock(lines, { x: 400, y: lines.length > 1 ? 658 : 688, size, fill: INK, anchor: 'middle', lineHeight: size + 8 }) +
          textBlock([p.storeName.toUpperCase()], { x: 400, y: 746, size: 20, fill: '#6b7280', anchor: 'middle', weight: 400 })
        )
      }
    } else if (n === 2) {
      overlay = () => {
        let pattern = ''
        for (let row = 0; row < 4; row++)
          for (let col = 0; col < 4; col++)
            pattern += motifAt(p.motif, shade(main, 0.3), 100 + col * 200 + (row % 2) * 60, 100 + row * 200, 0.45, -12, 0.18)
        return (
          pattern +
          motifAt(p.motif, second, 430, 380, 2.4, -8) +
          `<rect x="40" y="40" width="${Math.min(560, 56 + p.categoryName.length * 17)}" height="56" rx="28" fill="${INK}" fill-opacity=".8"/>` +
          textBlock([p.categoryName], { x: 68, y: 77, size: 26, fill: '#fff' }) +
          textBlock(wrapText(name, 36, 1), { x: 60, y: 740, size: 32, fill: INK })
        )
      }
    } else {
      overlay = () => {
        const swatches = p.swatches.slice(0, 4)
        const heading = swatches.length > 1 ? `Available in ${swatches.length} colours` : `Made in ${p.city}`
        const dots = swatches
          .map(
            (s, i) =>
              `<circle cx="${540}" cy="${250 + i * 110}" r="40" fill="${s.hex}" stroke="#fff" stroke-width="8"/>` +
              textBlock([s.name], { x: 600, y: 260 + i * 110, size: 28, fill: INK }),
          )
          .join('')
        return (
          `<rect x="40" y="150" width="400" height="520" rx="40" fill="#fff" fill-opacity=".55"/>` +
          motifAt(p.motif, main, 240, 410, 1.6) +
          dots +
          textBlock([heading], { x: 60, y: 100, size: 40, fill: INK })
        )
      }
    }
    jobs.push({ key, width: 800, height: 800, background, overlay })
  }
  return jobs
}

export function logoJob(key: string, initials: string, palette2: readonly [string, string], motif: MotifKind): ImageJob {
  const [from, to] = palette2
  return {
    key,
    width: 256,
    height: 256,
    background: { from, to },
    overlay: () =>
      `<circle cx="128" cy="128" r="100" fill="#fff" fill-opacity=".92"/>` +
      motifAt(motif, to, 128, 128, 0.8, 0, 0.25) +
      textBlock([initials], { x: 128, y: 152, size: 72, fill: from, anchor: 'middle' }),
  }
}

/** A four-pointed sparkle centred on (x, y). */
function sparkle(x: number, y: number, size: number, colour: string, opacity: number): string {
  const s = size
  const k = size * 0.22
  return (
    `<path d="M${x} ${y - s}Q${x + k} ${y - k} ${x + s} ${y}Q${x + k} ${y + k} ${x} ${y + s}Q${x - k} ${y + k} ${x - s} ${y}Q${x - k} ${y - k} ${x} ${y - s}z" ` +
    `fill="${colour}" fill-opacity="${opacity}"/>`
  )
}

/** Halo behind a hero motif: a light plate with a soft rim, a dashed ring and a faint glow around. */
function halo(cx: number, cy: number, r: number, stroke: number, plate: string): string {
  return (
    `<circle cx="${cx}" cy="${cy}" r="${Math.round(r * 1.45)}" fill="#fff" fill-opacity=".06"/>` +
    `<circle cx="${cx}" cy="${cy}" r="${Math.round(r * 1.22)}" fill="none" stroke="#fff" stroke-opacity=".22" stroke-width="${stroke}" stroke-dasharray="${stroke * 3} ${stroke * 4}"/>` +
    `<circle cx="${cx}" cy="${cy}" r="${r}" fill="${plate}" fill-opacity=".92" stroke="#fff" stroke-opacity=".35" stroke-width="${stroke * 3}"/>`
  )
}

/** The deep, glowing gradient behind banners and show covers; darkest at the left edge. */
function richBackground(from: string, to: string, glowX: number, glowY: number): ImageJob['background'] {
  return { from, to, edge: shade(from, -0.45), glow: { x: glowX, y: glowY, r: 0.5, colour: shade(to, 0.5), opacity: 0.5 } }
}

/** The hero motif's colour on its light plate: the palette's deep colour, unless that is a dull grey. */
function heroColour(from: string, to: string): string {
  const n = Number.parseInt(from.slice(1), 16)
  const channels = [(n >> 16) & 255, (n >> 8) & 255, n & 255]
  return Math.max(...channels) - Math.min(...channels) < 50 ? to : from
}

/**
 * A wide promo or store banner without text. The page prints the title over its bottom left, so
 * the left ~45% stays plain and dark; the hero motif sits right of centre, inside the middle half
 * that object-cover keeps in a 2:1 box, and the other motifs fill the right in wider boxes.
 */
export function bannerJob(key: string, palette2: readonly [string, string], motifs: readonly MotifKind[]): ImageJob {
  const [from, to] = palette2
  const [hero = 'fabric', second = hero, third = second] = motifs
  return {
    key,
    width: 1600,
    height: 400,
    background: richBackground(from, to, 0.66, 0.45),
    overlay: () => {
      let dots = ''
      for (let x = 1180; x <= 1580; x += 40)
        for (let y = 30; y <= 370; y += 40)
          dots += `<circle cx="${x}" cy="${y}" r="3" fill="#fff" fill-opacity="${(((x - 1140) / 440) * 0.22).toFixed(2)}"/>`
      return (
        dots +
        halo(1000, 200, 140, 3, shade(to, 0.85)) +
        motifAt(third, '#ffffff', 1470, 285, 0.62, -10, 0.55) +
        motifAt(second, shade(to, 0.4), 1300, 110, 0.6, 12) +
        motifAt(hero, heroColour(from, to), 1000, 200, 1.2, -4) +
        sparkle(860, 80, 16, '#fde68a', 0.9) +
        sparkle(1150, 330, 12, '#fff', 0.8) +
        sparkle(1560, 100, 14, '#fde68a', 0.85) +
        sparkle(1190, 60, 8, '#fff', 0.7)
      )
    },
  }
}

export function categoryTileJob(key: string, name: string, root: string, motif: MotifKind, tint: string, index: number): ImageJob {
  return {
    key,
    width: 400,
    height: 400,
    background: palette(root, index),
    overlay: () =>
      `<circle cx="200" cy="170" r="130" fill="#fff" fill-opacity=".55"/>` +
      motifAt(motif, tint, 200, 170, 1.1) +
      textBlock(wrapText(name, 18, 1), { x: 200, y: 360, size: 34, fill: INK, anchor: 'middle' }),
  }
}

/**
 * A 16:9 show cover without text (the card prints the title below it and its badges over the top
 * left): the hero motif large in the middle on a light plate, so it still reads on a 256 px card,
 * with fainter `accents` (the store's other goods) in the lower corners.
 */
export function showCoverJob(key: string, palette2: readonly [string, string], motif: MotifKind, accents: readonly MotifKind[] = []): ImageJob {
  const [from, to] = palette2
  const [left = motif, right = left] = accents
  return {
    key,
    width: 1280,
    height: 720,
    background: richBackground(from, to, 0.55, 0.5),
    overlay: () =>
      halo(660, 370, 220, 6, shade(to, 0.85)) +
      motifAt(right, '#ffffff', 1110, 590, 0.75, -10, 0.4) +
      motifAt(left, '#ffffff', 190, 600, 0.55, 12, 0.3) +
      motifAt(motif, heroColour(from, to), 660, 370, 1.9, -4) +
      sparkle(960, 150, 26, '#fde68a', 0.9) +
      sparkle(1040, 250, 14, '#fff', 0.8) +
      sparkle(360, 560, 16, '#fff', 0.6),
  }
}
