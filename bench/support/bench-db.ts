import { register } from 'node:module'
import pg from 'pg'
import { createDb, openPglite, wrapPglite, type DbHandle } from '@/db/client'

/**
 * Runs `fn` on a freshly migrated database: PGlite in memory without `url`, otherwise the
 * PostgreSQL database it names, dropped and created afresh (local hosts only) and dropped after.
 */
export async function withBenchDatabase<T>(url: string | undefined, fn: (handle: DbHandle) => Promise<T>): Promise<T> {
  if (!url) {
    const handle = wrapPglite(openPglite({ dataDir: null }))
    try {
      await handle.migrate()
      return await fn(handle)
    } finally {
      await handle.close()
    }
  }
  const target = new URL(url)
  if (!['127.0.0.1', 'localhost', '::1'].includes(target.hostname)) throw new Error('bench databases must be local')
  const name = target.pathname.slice(1)
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`bad database name ${name}`)
  const adminUrl = new URL(url)
  adminUrl.pathname = '/postgres'
  const admin = async (statement: string) => {
    const client = new pg.Client({ connectionString: adminUrl.toString() })
    await client.connect()
    await client.query(statement).finally(() => client.end())
  }
  await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
  await admin(`CREATE DATABASE ${name}`)
  const handle = createDb({ driver: 'pg', url })
  try {
    await handle.migrate()
    return await fn(handle)
  } finally {
    await handle.close()
    await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
  }
}

/**
 * Under `--conditions=react-server` (needed for 'server-only'), plain Node resolves
 * `next/navigation` to its client build, which calls React.createContext and throws. Next's
 * bundler gives server code the react-server build; this does the same for modules imported
 * after the call (so import them dynamically).
 */
export function aliasServerNavigation() {
  const hook = `export async function resolve(specifier, context, next) {
    return next(specifier === 'next/navigation' ? 'next/dist/client/components/navigation.react-server.js' : specifier, context)
  }`
  register(`data:text/javascript,${encodeURIComponent(hook)}`, import.meta.url)
}
