import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

export type BenchServer = { url: string; stop: () => Promise<void> }

/**
 * Starts the last production build (`npm run build`) on the embedded services with a fresh,
 * seeded database, and waits until it answers.
 */
export async function startProductionServer(port: number, name: string): Promise<BenchServer> {
  if (!fs.existsSync('.next/BUILD_ID')) throw new Error('No production build: run `npm run build` first.')
  const dataDir = path.resolve(`.data/bench-${name}`)
  fs.rmSync(dataDir, { recursive: true, force: true })
  const child: ChildProcess = spawn(process.execPath, ['node_modules/next/dist/bin/next', 'start', '-p', String(port)], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      NODE_ENV: 'production',
      ALLOW_EMBEDDED_SERVICES: 'true',
      AUTH_SECRET: 'bench-only-secret-that-is-long-enough-for-authjs',
      APP_URL: `http://localhost:${port}`,
      DATA_DIR: dataDir,
      EMBEDDED_REALTIME_PORT: String(port + 3000),
    },
  })
  let log = ''
  child.stdout?.on('data', (c) => (log += String(c)))
  child.stderr?.on('data', (c) => (log += String(c)))
  const url = `http://localhost:${port}`
  const deadline = Date.now() + 180_000
  for (;;) {
    if (child.exitCode !== null) throw new Error(`Server exited early:\n${log}`)
    try {
      const res = await fetch(`${url}/api/health`)
      if (res.ok) break
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`Server did not become healthy:\n${log}`)
    await new Promise((r) => setTimeout(r, 500))
  }
  return {
    url,
    stop: async () => {
      child.kill('SIGTERM')
      await new Promise((r) => child.once('exit', r))
      fs.rmSync(dataDir, { recursive: true, force: true })
    },
  }
}

/** A public product page of the demo catalogue, found through the home page's links. */
export async function findProductPath(baseUrl: string): Promise<string> {
  const html = await (await fetch(`${baseUrl}/`)).text()
  const match = /href="(\/p\/[^"?#]+)"/.exec(html)
  if (!match?.[1]) throw new Error('No product link on the home page')
  return match[1]
}

/** The page of the store that sells `productPath`, found through that product page's links. */
export async function findStorePath(baseUrl: string, productPath: string): Promise<string> {
  const html = await (await fetch(baseUrl + productPath)).text()
  const match = /href="(\/s\/[^"?#]+)"/.exec(html)
  if (!match?.[1]) throw new Error(`No store link on ${productPath}`)
  return match[1]
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
}

export function writeResult(file: string, data: unknown) {
  fs.mkdirSync(path.dirname(file), { recursive: true })
  fs.writeFileSync(file, `${JSON.stringify(data, null, 2)}\n`)
  console.log(`\nWrote ${file}`)
}
