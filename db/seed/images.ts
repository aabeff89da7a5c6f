import { execFileSync } from 'node:child_process'
import { existsSync, readdirSync } from 'node:fs'
import fs from 'node:fs/promises'
import path from 'node:path'
import sharp from 'sharp'

/**
 * A diagonal gradient from `from` (top left) to `to` (bottom right) with a soft glow. `edge` adds a
 * darker stop at the left edge (the gradient then runs mostly left to right, with `from` at 40%),
 * and `glow` moves or recolours the highlight (fractions of the image; white at the top left by default).
 */
export type Background = {
  from: string
  to: string
  edge?: string
  glow?: { x: number; y: number; r: number; colour: string; opacity: number }
}

/** A generated image: a gradient background with SVG drawn on top. */
export type ImageJob = {
  /** Storage key under the uploads directory, e.g. "seed/banarasi-silk-saree-x1y2-1.webp". */
  key: string
  width: number
  height: number
  background: Background
  /** Inner SVG markup drawn over the background, in a width×height viewBox. */
  overlay: () => string
}

export type RenderReport = { written: number; skipped: number; ms: number }

export const FONT_STACK = 'DejaVu Sans, Liberation Sans, sans-serif'

let fontsAvailable: boolean | undefined

const FONT_DIRS = ['/usr/share/fonts', '/usr/local/share/fonts', '/System/Library/Fonts', 'C:\\Windows\\Fonts']

/** librsvg draws text with system fonts; without any, the images are drawn without text. */
export function hasFonts(): boolean {
  if (fontsAvailable === undefined) {
    try {
      fontsAvailable = execFileSync('fc-list', ['--format', '%{family}\n'], { encoding: 'utf8', timeout: 5000 }).trim().length > 0
    } catch {
      // No fc-list (macOS, Windows, slim images): sharp's bundled fontconfig still reads these.
      fontsAvailable = FONT_DIRS.some((dir) => existsSync(dir) && readdirSync(dir).length > 0)
    }
  }
  return fontsAvailable
}

function svgDoc(width: number, height: number, body: string): Buffer {
  return Buffer.from(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">${body}</svg>`,
  )
}

const DEFAULT_GLOW = { x: 0.25, y: 0.2, r: 0.7, colour: '#fff', opacity: 0.45 }

// librsvg rasterises gradients slowly at 800 px, so each background gradient is drawn once at a
// few dozen pixels and scaled up as an image, which keeps it smooth at a fraction of the cost.
function backgroundRenderer() {
  const cache = new Map<string, Promise<string>>()
  return (job: ImageJob): Promise<string> => {
    // Wide banners get more pixels across so their gradient does not band.
    const w = job.width > 2 * job.height ? 128 : 48
    const h = Math.max(8, Math.round((w * job.height) / job.width))
    const { from, to, edge, glow = DEFAULT_GLOW } = job.background
    const id = `${w}x${h}:${from}:${to}:${edge ?? ''}:${Object.values(glow).join(',')}`
    let href = cache.get(id)
    if (!href) {
      const linear = edge
        ? `<linearGradient id="g" x1="0" y1=".3" x2="1" y2=".7"><stop offset="0" stop-color="${edge}"/><stop offset=".4" stop-color="${from}"/><stop offset="1" stop-color="${to}"/></linearGradient>`
        : `<linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${from}"/><stop offset="1" stop-color="${to}"/></linearGradient>`
      const body =
        `<defs>${linear}<radialGradient id="r" cx="${glow.x}" cy="${glow.y}" r="${glow.r}"><stop offset="0" stop-color="${glow.colour}" stop-opacity="${glow.opacity}"/><stop offset="1" stop-color="${glow.colour}" stop-opacity="0"/></radialGradient></defs>` +
        `<rect width="100%" height="100%" fill="url(#g)"/><rect width="100%" height="100%" fill="url(#r)"/>`
      href = sharp(svgDoc(w, h, body))
        .png()
        .toBuffer()
        .then((png) => `data:image/png;base64,${png.toString('base64')}`)
      cache.set(id, href)
    }
    return href
  }
}

async function exists(file: string): Promise<boolean> {
  try {
    await fs.access(file)
    return true
  } catch {
    return false
  }
}

/**
 * Writes every job's image as WebP under `uploadsDir`, skipping files that already exist, so a
 * re-seed after deleting only the database is quick. Files appear atomically (temp + rename).
 */
export async function renderImages(
  jobs: readonly ImageJob[],
  uploadsDir: string,
  options: { concurrency?: number } = {},
): Promise<RenderReport> {
  const started = Date.now()
  const background = backgroundRenderer()
  const dirs = new Set(jobs.map((job) => path.dirname(path.join(uploadsDir, job.key))))
  await Promise.all([...dirs].map((dir) => fs.mkdir(dir, { recursive: true })))

  let written = 0
  let skipped = 0
  let next = 0
  const worker = async () => {
    while (next < jobs.length) {
      const job = jobs[next++]
      if (!job) break
      const file = path.join(uploadsDir, job.key)
      if (await exists(file)) {
        skipped++
        continue
      }
      const href = await background(job)
      const image = `<image width="${job.width}" height="${job.height}" preserveAspectRatio="none" href="${href}"/>`
      const tmp = `${file}.${process.pid}.tmp`
      // effort 0: a third of the CPU of the default for files only a little larger.
      await sharp(svgDoc(job.width, job.height, image + job.overlay()))
        .removeAlpha()
        .webp({ quality: 75, effort: 0 })
        .toFile(tmp)
      await fs.rename(tmp, file)
      written++
    }
  }
  const concurrency = Math.max(1, options.concurrency ?? 4)
  await Promise.all(Array.from({ length: Math.min(concurrency, jobs.length) }, worker))
  return { written, skipped, ms: Date.now() - started }
}

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`)
}

/** Greedy word wrap; the last line gets an ellipsis when the text does not fit. */
export function wrapText(text: string, maxChars: number, maxLines: number): string[] {
  const lines: string[] = []
  let line = ''
  for (const word of text.split(/\s+/)) {
    if (!word) continue
    const candidate = line ? `${line} ${word}` : word
    if (candidate.length <= maxChars || !line) {
      line = candidate
      continue
    }
    lines.push(line)
    line = word
    if (lines.length === maxLines) break
  }
  if (lines.length < maxLines && line) lines.push(line)
  else if (line && lines.length === maxLines) {
    const last = lines[maxLines - 1] ?? ''
    lines[maxLines - 1] = `${last.slice(0, Math.max(0, maxChars - 1)).trimEnd()}…`
  }
  return lines
}

export type TextOptions = {
  x: number
  y: number
  size: number
  fill: string
  weight?: number
  anchor?: 'start' | 'middle' | 'end'
  lineHeight?: number
  opacity?: number
}

/** Lines of text starting at baseline y; empty when the machine has no fonts. */
export function textBlock(lines: readonly string[], o: TextOptions): string {
  if (!hasFonts() || lines.length === 0) return ''
  const step = o.lineHeight ?? Math.round(o.size * 1.2)
  const tspans = lines
    .map((line, i) => `<tspan x="${o.x}" y="${o.y + i * step}">${escapeXml(line)}</tspan>`)
    .join('')
  return (
    `<text font-family="${FONT_STACK}" font-size="${o.size}" font-weight="${o.weight ?? 700}" fill="${o.fill}" ` +
    `text-anchor="${o.anchor ?? 'start'}"${o.opacity === undefined ? '' : ` fill-opacity="${o.opacity}"`}>${tspans}</text>`
  )
}
