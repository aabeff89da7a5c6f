/**
 * The show state machine (SPEC §5.1): scheduled → live → ended, or scheduled → cancelled. Every
 * change of `shows.status` is applied as a compare-and-set from the one state it may start from
 * (db/queries/shows.ts), so a double click on "Go live" or a late "End show" is refused, not
 * applied twice.
 */

export const SHOW_STATUSES = ['scheduled', 'live', 'ended', 'cancelled'] as const
export type ShowStatus = (typeof SHOW_STATUSES)[number]

const NEXT: Record<ShowStatus, readonly ShowStatus[]> = {
  scheduled: ['live', 'cancelled'],
  live: ['ended'],
  ended: [],
  cancelled: [],
}

export function canTransition(from: ShowStatus, to: ShowStatus): boolean {
  return NEXT[from].includes(to)
}

/** The one state each transition starts from; the compare-and-set names it in its `where`. */
export const SHOW_TRANSITIONS = {
  goLive: { from: 'scheduled', to: 'live' },
  end: { from: 'live', to: 'ended' },
  cancel: { from: 'scheduled', to: 'cancelled' },
} as const satisfies Record<string, { from: ShowStatus; to: ShowStatus }>

export type ShowTransition = keyof typeof SHOW_TRANSITIONS

export const SHOW_STATUS_LABELS: Record<ShowStatus, string> = {
  scheduled: 'Scheduled',
  live: 'Live now',
  ended: 'Ended',
  cancelled: 'Cancelled',
}

/** Details and the run list can change only before the show starts. */
export function isEditable(status: ShowStatus): boolean {
  return status === 'scheduled'
}

export function isFinal(status: ShowStatus): boolean {
  return NEXT[status].length === 0
}

/** Why a transition was refused, in words a seller can act on. */
export function refusedMessage(transition: ShowTransition, current: ShowStatus): string {
  if (transition === 'goLive') {
    if (current === 'live') return 'This show is already live.'
    return `This show has ${current === 'ended' ? 'ended' : 'been cancelled'}; schedule a new show to go live again.`
  }
  if (transition === 'end') {
    if (current === 'scheduled') return 'This show has not started yet. Cancel it instead if it will not happen.'
    return `This show has already ${current === 'ended' ? 'ended' : 'been cancelled'}.`
  }
  if (current === 'live') return 'This show is live: end it from the live console instead.'
  return `This show has already ${current === 'ended' ? 'ended' : 'been cancelled'}.`
}

export const SHOW_TABS = ['upcoming', 'live', 'past', 'cancelled'] as const
export type ShowTab = (typeof SHOW_TABS)[number]

export const TAB_STATUS: Record<ShowTab, ShowStatus> = {
  upcoming: 'scheduled',
  live: 'live',
  past: 'ended',
  cancelled: 'cancelled',
}
