import { spawn } from 'node:child_process'
import { expect, test } from './fixtures'

// Runs the same production build with no service configuration: it must refuse to start.
test('production without services refuses to boot and names the missing variables', async () => {
  test.setTimeout(60_000)
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: process.env.HOME, NODE_ENV: 'production' }
  const child = spawn(process.execPath, ['node_modules/next/dist/bin/next', 'start', '-p', '3197'], { env })
  let output = ''
  child.stdout.on('data', (chunk) => (output += String(chunk)))
  child.stderr.on('data', (chunk) => (output += String(chunk)))
  const code = await new Promise<number | null>((resolve) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL')
      resolve(null)
    }, 45_000)
    child.on('exit', (c) => {
      clearTimeout(timer)
      resolve(c)
    })
  })
  expect(code, output).toBe(1)
  expect(output).toContain('Haat cannot start')
  for (const name of ['DATABASE_URL', 'UPSTASH_REDIS_REST_URL', 'RAZORPAY_KEY_SECRET', 'AUTH_SECRET', 'ALLOW_EMBEDDED_SERVICES'])
    expect(output).toContain(name)
})
