// GET/POST /api/auth/* – Auth.js endpoints (sessions, Google OAuth callback, sign-out).
export { GET, POST } from '@/lib/auth/handlers'
