// Boot: checks the service configuration, migrates and seeds the embedded database, and starts
// the embedded servers — once, in the Node.js runtime, never during `next build`.
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  if (process.env.NEXT_PHASE === 'phase-production-build') return
  const { boot } = await import('./lib/boot')
  await boot()
}
