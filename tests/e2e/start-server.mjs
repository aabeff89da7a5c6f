// Starts `next start` on a fresh embedded database for the end-to-end run.
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

const port = process.env.PORT ?? '3100'
const dataDir = path.resolve('.data/e2e')
fs.rmSync(dataDir, { recursive: true, force: true })

const child = spawn(process.execPath, ['node_modules/next/dist/bin/next', 'start', '-p', port], {
  stdio: 'inherit',
  env: {
    ...process.env,
    NODE_ENV: 'production',
    ALLOW_EMBEDDED_SERVICES: 'true',
    AUTH_SECRET: 'e2e-only-secret-that-is-long-enough-for-authjs',
    APP_URL: `http://localhost:${port}`,
    DATA_DIR: dataDir,
    EMBEDDED_REALTIME_PORT: '6101',
  },
})
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal))
child.on('exit', (code) => process.exit(code ?? 0))
