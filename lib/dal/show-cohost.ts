import 'server-only'

import { notFound } from 'next/navigation'
import { z } from 'zod'
import { getDb } from '@/db'
import type { Db } from '@/db/client'
import { insertNotifications } from '@/db/queries/notifications'
import { findActiveUserByEmail, findShowForCoHost, findStudioCoHost, setShowCoHost } from '@/db/queries/show-cohost'
import { ActionError } from '@/lib/actions/errors'
import { requireUser } from '@/lib/auth'
import { buildCoHostInvite, coHostPagePath } from '@/lib/notifications/cohost-invite'
import type { EmailService } from '@/lib/services/email/types'
import { getRealtimeClientConfig } from '@/lib/services/realtime'
import { getVideo } from '@/lib/services/video'
import type { Video, VideoSession } from '@/lib/services/video/types'
import { bpsToPercentInput, COHOST_ERRORS } from '@/lib/validations/cohost'
import { getStudioContext } from './studio'

/*
 * A show's co-host (SPEC §5.4). The store invites any active account except the host; the
 * invited person alone may open /account/co-host/[showId] and, while the show is live, publish
 * beside the host. Every studio write names the store, so another store's show is "not found".
 */

export type CoHostCtx = { storeId: string; actorId: string }
export type CoHostInviteDeps = {
  db: Db
  email: EmailService
  /** The public origin for the email's link (APP_URL). */
  appUrl: string
  logError?: (message: string, error: unknown) => void
}

type Status = 'scheduled' | 'live' | 'ended' | 'cancelled'

function refuseFinished(status: Status, field?: 'email') {
  if (status !== 'ended' && status !== 'cancelled') return
  const message = status === 'ended' ? COHOST_ERRORS.ended : COHOST_ERRORS.cancelled
  throw new ActionError('conflict', message, field ? { [field]: [message] } : undefined)
}

async function studioShow(db: Db, ctx: CoHostCtx, showId: string) {
  const show = await findStudioCoHost(db, ctx.storeId, showId)
  if (!show) throw new ActionError('not_found', COHOST_ERRORS.notFound)
  return show
}

/** The show ended between our read and the write: say so rather than "not found". */
async function refuseAfterRace(db: Db, ctx: CoHostCtx, showId: string, field?: 'email'): Promise<never> {
  const show = await studioShow(db, ctx, showId)
  refuseFinished(show.status, field)
  throw new ActionError('conflict', 'The show changed while you were saving. Reload the page and try again.')
}

export type InvitedCoHost = { coHost: { id: string; name: string | null; email: string | null }; shareBps: number; notified: boolean }

/**
 * Makes the account with this email the show's co-host with this share of the earnings. A new
 * co-host gets an in-app notification (written with the change) and an email after it commits;
 * changing only the share tells nobody. Email failures are logged, never thrown.
 */
export async function inviteCoHost(
  deps: CoHostInviteDeps,
  ctx: CoHostCtx,
  input: { showId: string; email: string; shareBps: number },
): Promise<InvitedCoHost> {
  const show = await studioShow(deps.db, ctx, input.showId)
  refuseFinished(show.status, 'email')
  const invitee = await findActiveUserByEmail(deps.db, input.email)
  if (!invitee) throw new ActionError('invalid_input', COHOST_ERRORS.unknownEmail, { email: [COHOST_ERRORS.unknownEmail] })
  if (invitee.id === show.hostId) {
    const message = invitee.id === ctx.actorId ? COHOST_ERRORS.self : COHOST_ERRORS.otherHost
    throw new ActionError('invalid_input', message, { email: [message] })
  }

  const isNew = show.coHost?.id !== invitee.id
  const message = buildCoHostInvite(
    {
      showId: show.showId,
      showTitle: show.title,
      storeName: show.storeName,
      status: show.status === 'live' ? 'live' : 'scheduled',
      shareBps: input.shareBps,
      invitee,
    },
    deps.appUrl,
  )
  const saved = await deps.db.transaction(async (tx) => {
    const row = await setShowCoHost(tx, { storeId: ctx.storeId, showId: show.showId }, { userId: invitee.id, shareBps: input.shareBps })
    if (row && isNew) {
      await insertNotifications(tx, [{ userId: invitee.id, type: message.type, title: message.title, body: message.body, href: message.href }])
    }
    return row
  })
  if (!saved) return refuseAfterRace(deps.db, ctx, show.showId, 'email')

  if (isNew && invitee.email) {
    try {
      await deps.email.send({ to: invitee.email, ...message.email, tag: message.type })
    } catch (error) {
      ;(deps.logError ?? console.error)(`[cohost] invitation email for show ${show.showId} to user ${invitee.id} failed`, error)
    }
  }
  return { coHost: invitee, shareBps: input.shareBps, notified: isNew }
}

/** Takes the co-host off the show; their page stops giving them a stage. */
export async function removeCoHost(db: Db, ctx: CoHostCtx, showId: string): Promise<{ removed: boolean }> {
  const show = await studioShow(db, ctx, showId)
  refuseFinished(show.status)
  if (!show.coHost) return { removed: false }
  if (!(await setShowCoHost(db, { storeId: ctx.storeId, showId }, null))) return refuseAfterRace(db, ctx, showId)
  return { removed: true }
}

const uuid = z.uuid()

/** The studio show page's co-host card; the store check is getStudioContext's. */
export async function getStudioShowCoHost(storeId: string, showId: string) {
  if (!uuid.safeParse(showId).success) notFound()
  const { readOnly } = await getStudioContext(storeId)
  const show = await findStudioCoHost(getDb(), storeId, showId)
  if (!show) notFound()
  return {
    showId: show.showId,
    status: show.status,
    editable: !readOnly && (show.status === 'scheduled' || show.status === 'live'),
    coHost: show.coHost && { name: show.coHost.name, email: show.coHost.email },
    sharePercent: bpsToPercentInput(show.shareBps),
    coHostPageHref: coHostPagePath(show.showId),
  }
}
export type StudioShowCoHost = Awaited<ReturnType<typeof getStudioShowCoHost>>

export const COHOST_UNSUPPORTED_MESSAGE = 'Co-hosting needs the LiveKit video service; on the built-in video only the host is on camera.'

export type CoHostStage =
  | { kind: 'stage'; session: VideoSession }
  | { kind: 'unsupported'; message: string }
  | { kind: 'error'; message: string }
  /** Ended or cancelled: nothing to join. */
  | { kind: 'closed' }

export type CoHostPageData = {
  show: { id: string; slug: string; title: string; status: Status; scheduledAt: string; storeName: string; shareBps: number | null }
  stage: CoHostStage
}

async function coHostStage(video: Pick<Video, 'capabilities' | 'coHostSession'>, showId: string, user: { id: string; name: string | null }): Promise<CoHostStage> {
  if (!video.capabilities.coHost) return { kind: 'unsupported', message: COHOST_UNSUPPORTED_MESSAGE }
  try {
    // allowed: the caller read the show by this user as its co-host.
    const session = await video.coHostSession({ showId, userId: user.id, name: user.name?.trim() || 'Co-host', allowed: true })
    return 'supported' in session ? { kind: 'unsupported', message: COHOST_UNSUPPORTED_MESSAGE } : { kind: 'stage', session }
  } catch (error) {
    console.error('[cohost] session failed', showId, error)
    return { kind: 'error', message: 'The video service did not answer. Reload the page in a minute to try again.' }
  }
}

/** The co-host page for `user`, or null unless they are this show's co-host. */
export async function loadCoHostPage(
  deps: { db: Db; video: Pick<Video, 'capabilities' | 'coHostSession'> },
  user: { id: string; name: string | null },
  showId: string,
): Promise<CoHostPageData | null> {
  if (!uuid.safeParse(showId).success) return null
  const show = await findShowForCoHost(deps.db, showId, user.id)
  if (!show) return null
  const open = show.status === 'scheduled' || show.status === 'live'
  return {
    show: { ...show, scheduledAt: show.scheduledAt.toISOString() },
    stage: open ? await coHostStage(deps.video, show.id, user) : { kind: 'closed' },
  }
}

/** `/account/co-host/[showId]`: signed-in, and a 404 for anyone but the show's co-host. */
export async function getCoHostPage(showId: string) {
  const user = await requireUser(coHostPagePath(encodeURIComponent(showId)))
  const page = await loadCoHostPage({ db: getDb(), video: getVideo() }, user, showId)
  if (!page) notFound()
  return { ...page, realtime: getRealtimeClientConfig() }
}
