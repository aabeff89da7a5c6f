import 'server-only'

import type { NextRequest } from 'next/server'
import { handlers } from './config'

export const GET = (request: NextRequest) => handlers.GET(request)
export const POST = (request: NextRequest) => handlers.POST(request)
