import { greet, oneLine, render, type EmailContent } from '@/lib/services/email/templates'

/**
 * Stored in notifications.type. Not in NOTIFICATION_TYPES on purpose: an invitation is sent once,
 * to one person, because a seller asked for it, so there is no email preference to turn it off.
 */
export const COHOST_INVITE_TYPE = 'show.cohost.invited'

export const coHostPagePath = (showId: string) => `/account/co-host/${showId}`

export type CoHostInviteFacts = {
  showId: string
  showTitle: string
  storeName: string
  status: 'scheduled' | 'live'
  shareBps: number
  invitee: { name: string | null }
}

export type CoHostInviteMessage = { type: typeof COHOST_INVITE_TYPE; title: string; body: string; href: string; email: EmailContent }

const sharePhrase = (bps: number) => (bps > 0 ? ` with ${(bps / 100).toString()}% of the show’s earnings` : '')

/** The in-app row and the email for one invitation. Pure; seller-typed names are escaped by render(). */
export function buildCoHostInvite(facts: CoHostInviteFacts, appUrl: string): CoHostInviteMessage {
  const store = oneLine(facts.storeName)
  const show = oneLine(facts.showTitle)
  const href = coHostPagePath(facts.showId)
  const when = facts.status === 'live' ? 'The show is live now.' : 'You can join the stage from the co-host page once it goes live.'
  return {
    type: COHOST_INVITE_TYPE,
    title: `${store} invited you to co-host`,
    body: `“${show}”${sharePhrase(facts.shareBps)}. ${when}`,
    href,
    email: {
      subject: oneLine(`${store} invited you to co-host “${show}” on Haat`),
      ...render({
        preheader: `Join ${store} on stage in their live show.`,
        heading: 'You’re invited to co-host',
        greeting: greet(facts.invitee.name ?? ''),
        paragraphs: [`${store} invited you on stage as a co-host of their live show “${show}”${sharePhrase(facts.shareBps)}.`, when],
        action: { label: 'Open the co-host page', url: new URL(href, appUrl).toString() },
        footnote: 'Sign in with this email address to join. If you did not expect this, you can ignore it.',
      }),
    },
  }
}
