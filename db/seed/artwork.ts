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

export function bannerJob(
  key: string,
  title: string,
  subtitle: string,
  palette2: readonly [string, string],
  motif: MotifKind,
  tint: string,
): ImageJob {
  const [from, to] = palette2
  return {
    key,
    width: 1600,
    height: 400,
    background: { from, to },
    overlay: () =>
      `<circle cx="1320" cy="200" r="170" fill="#fff" fill-opacity=".18"/>` +
      motifAt(motif, tint, 1320, 200, 1.5, -6) +
      motifAt(motif, '#ffffff', 1530, 330, 0.6, 14, 0.3) +
      textBlock(wrapText(title, 30, 1), { x: 90, y: 180, size: 68, fill: '#fff' }) +
      textBlock(wrapText(subtitle, 60, 2), { x: 92, y: 250, size: 30, fill: '#fff', weight: 400, opacity: 0.92 }),
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

export function showCoverJob(key: string, title: string, storeName: string, palette2: readonly [string, string], motif: MotifKind): ImageJob {
  const [from, to] = palette2
  const lines = wrapText(title, 22, 3)
  return {
    key,
    width: 1280,
    height: 720,
    background: { from, to },
    overlay: () =>
      `<circle cx="960" cy="380" r="250" fill="#fff" fill-opacity=".16"/>` +
      motifAt(motif, shade(to, 0.2), 960, 380, 2.1, -6) +
      `<rect x="80" y="80" width="232" height="56" rx="28" fill="#e11d48"/>` +
      `<circle cx="112" cy="108" r="9" fill="#fff"/>` +
      textBlock(['LIVE SHOW'], { x: 132, y: 118, size: 26, fill: '#fff' }) +
      textBlock(lines, { x: 80, y: 250, size: fitSize(lines, 700, 64), fill: '#fff', lineHeight: 78 }) +
      textBlock([storeName], { x: 82, y: 620, size: 32, fill: '#fff', weight: 400, opacity: 0.9 }),
  }
}
