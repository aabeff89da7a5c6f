// `npm run bench:lighthouse` – Lighthouse (mobile and desktop presets) on the home, search and
// product pages of the production build, three runs each, medians. Needs `npm run build` first.
import { chromium } from '@playwright/test'
import * as chromeLauncher from 'chrome-launcher'
import lighthouse, { desktopConfig } from 'lighthouse'
import { findProductPath, median, startProductionServer, writeResult } from './support/server'

const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3)
const RUNS = Number(arg('runs') ?? 3)
// `--pages=home,product` and `--presets=mobile` narrow a run while iterating; the defaults are the budgeted set.
const PAGES = arg('pages')?.split(',')
const PRESETS = (arg('presets')?.split(',') ?? ['mobile', 'desktop']) as ('mobile' | 'desktop')[]
const CHROME = '/usr/bin/chromium'

type Scores = { performance: number; accessibility: number; seo: number; bestPractices: number; tbtMs: number; lcpMs: number; cls: number }

async function audit(url: string, preset: 'mobile' | 'desktop'): Promise<Scores> {
  const chrome = await chromeLauncher.launch({
    chromePath: CHROME,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  })
  try {
    const result = await lighthouse(
      url,
      { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'seo', 'best-practices'] },
      preset === 'desktop' ? desktopConfig : undefined,
    )
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`)
    const { categories, audits } = result.lhr
    const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100)
    return {
      performance: score('performance'),
      accessibility: score('accessibility'),
      seo: score('seo'),
      bestPractices: score('best-practices'),
      tbtMs: Math.round(audits['total-blocking-time']?.numericValue ?? NaN),
      lcpMs: Math.round(audits['largest-contentful-paint']?.numericValue ?? NaN),
      cls: +(audits['cumulative-layout-shift']?.numericValue ?? NaN).toFixed(3),
    }
  } finally {
    await chrome.kill()
  }
}

/**
 * One unmeasured load per page and viewport, in a real browser, so the runs measure the page and
 * not a cold server: the route compiled, its data cached and every image width the page asks for
 * optimised once, as a CDN holds them in production. Fetching only the HTML left the first run's
 * images to be resized while Lighthouse timed them.
 */
async function warm(url: string) {
  const browser = await chromium.launch({ executablePath: CHROME, args: ['--disable-background-networking'] })
  try {
    for (const viewport of [{ width: 412, height: 823, deviceScaleFactor: 1.75 }, { width: 1350, height: 940, deviceScaleFactor: 1 }]) {
      const page = await browser.newPage({ viewport: { width: viewport.width, height: viewport.height }, deviceScaleFactor: viewport.deviceScaleFactor })
      await page.goto(url, { waitUntil: 'networkidle' })
      await page.close()
    }
  } finally {
    await browser.close()
  }
}

const server = await startProductionServer(3401, 'lighthouse')
try {
  const pages = { home: '/', search: '/search?q=saree', product: await findProductPath(server.url) }
  const rows: (Scores & { page: string; preset: string; runs: Scores[] })[] = []
  for (const [name, path] of Object.entries(pages)) {
    if (PAGES && !PAGES.includes(name)) continue
    await warm(server.url + path)
    for (const preset of PRESETS) {
      const runs: Scores[] = []
      for (let i = 0; i < RUNS; i++) runs.push(await audit(server.url + path, preset))
      const med = (k: keyof Scores) => median(runs.map((r) => r[k]))
      rows.push({
        page: `${name} (${path})`,
        preset,
        performance: med('performance'),
        accessibility: med('accessibility'),
        seo: med('seo'),
        bestPractices: med('bestPractices'),
        tbtMs: med('tbtMs'),
        lcpMs: med('lcpMs'),
        cls: med('cls'),
        runs,
      })
      const r = rows.at(-1)!
      console.log(`${name.padEnd(8)} ${preset.padEnd(8)} perf ${r.performance}  a11y ${r.accessibility}  seo ${r.seo}  bp ${r.bestPractices}  TBT ${r.tbtMs} ms  LCP ${r.lcpMs} ms  CLS ${r.cls}`)
    }
  }
  const partial = PAGES !== undefined || PRESETS.length < 2
  writeResult(partial ? 'bench/results/lighthouse-partial.json' : 'bench/results/lighthouse.json', { date: new Date().toISOString(), runs: RUNS, rows })
} finally {
  await server.stop()
}
