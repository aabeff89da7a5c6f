// `npm run bench:js` – first-load JavaScript per route, gzipped, from the production build.
// Loads each route in headless Chromium and adds up every script the page fetched before it
// settled (what a first visit downloads), gzipping each file at level 9 as a CDN would.
import zlib from 'node:zlib'
import { chromium } from '@playwright/test'
import { findProductPath, findStorePath, startProductionServer, writeResult } from './support/server'

const routes = process.argv.slice(2).filter((a) => a.startsWith('/'))
const systemChromium = '/usr/bin/chromium'

const server = await startProductionServer(3400, 'js')
try {
  const productPath = await findProductPath(server.url)
  const storePath = await findStorePath(server.url, productPath)
  const targets =
    routes.length > 0
      ? routes
      : ['/', '/search?q=saree', '/c/fashion/sarees', productPath, storePath, '/sign-in', '/this-page-does-not-exist']
  const browser = await chromium.launch({ executablePath: systemChromium, args: ['--disable-background-networking'] })
  const rows: { route: string; scripts: number; gzipKb: number; files: Record<string, number> }[] = []
  for (const route of targets) {
    const page = await browser.newPage()
    const files: Record<string, number> = {}
    page.on('response', async (response) => {
      const type = response.request().resourceType()
      if (type !== 'script') return
      try {
        const body = await response.body()
        files[new URL(response.url()).pathname] = zlib.gzipSync(body, { level: 9 }).length
      } catch {
        // redirects and aborted requests have no body
      }
    })
    // Next's chunks are async scripts present at parse time, so they are in before `load`;
    // the pause catches any the router requests right after hydration.
    await page.goto(server.url + route, { waitUntil: 'load', timeout: 120_000 })
    await page.waitForTimeout(1500)
    await page.close()
    const total = Object.values(files).reduce((a, b) => a + b, 0)
    rows.push({ route, scripts: Object.keys(files).length, gzipKb: +(total / 1024).toFixed(1), files })
  }
  await browser.close()

  // What every route loads is the framework and the root layout: the floor for any page.
  const shared = Object.keys(rows[0]!.files).filter((f) => rows.every((r) => f in r.files))
  const sharedKb = +(shared.reduce((a, f) => a + rows[0]!.files[f]!, 0) / 1024).toFixed(1)
  console.log('\nFirst-load JS (gzip -9)\n')
  console.log('route'.padEnd(48), 'scripts'.padStart(8), 'KB'.padStart(8), 'beyond shared'.padStart(14))
  for (const r of rows) console.log(r.route.slice(0, 47).padEnd(48), String(r.scripts).padStart(8), r.gzipKb.toFixed(1).padStart(8), (r.gzipKb - sharedKb).toFixed(1).padStart(14))
  console.log(`\nShared by every route (framework + root layout): ${sharedKb} KB in ${shared.length} scripts`)
  writeResult('bench/results/first-load-js.json', { date: new Date().toISOString(), sharedKb, rows })
} finally {
  await server.stop()
}
