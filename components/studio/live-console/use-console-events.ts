'use client'

import type { Dispatch } from 'react'
import { channels } from '@/lib/live/channels'
import type { ShowEvents, StudioEvents } from '@/lib/live/events'
import { useChannelEvent } from '@/lib/services/realtime/client'
import type { ConsoleAction } from './console-state'

/** Feeds the console's reducer from the public show channel and the store's private studio channel. */
export function useConsoleEvents(showId: string, dispatch: Dispatch<ConsoleAction>): void {
  const show = channels.show(showId)
  const studio = channels.studio(showId)

  useChannelEvent<ShowEvents['status']>(show, 'status', ({ status }) => dispatch({ type: 'status', status }))
  useChannelEvent<ShowEvents['viewers']>(show, 'viewers', (viewers) => dispatch({ type: 'viewers', viewers }))
  useChannelEvent<ShowEvents['stock']>(show, 'stock', ({ productId, stock }) => dispatch({ type: 'stock', productId, stock }))
  useChannelEvent<ShowEvents['spotlight']>(show, 'spotlight', ({ product }) =>
    dispatch({ type: 'spotlight', productId: product?.productId ?? null, stock: product?.stock }),
  )
  useChannelEvent<ShowEvents['poll']>(show, 'poll', (poll) => dispatch({ type: 'poll', poll }))
  useChannelEvent<ShowEvents['chat-answered']>(show, 'chat-answered', ({ id }) => dispatch({ type: 'answered', id, at: new Date().toISOString() }))
  useChannelEvent<ShowEvents['chat-deleted']>(show, 'chat-deleted', ({ id }) => dispatch({ type: 'chat-deleted', id }))

  useChannelEvent<StudioEvents['stats']>(studio, 'stats', (stats) => dispatch({ type: 'stats', stats }))
  useChannelEvent<StudioEvents['order']>(studio, 'order', (order) => dispatch({ type: 'order', order }))
  useChannelEvent<StudioEvents['question']>(studio, 'question', (question) => dispatch({ type: 'question', question }))
  useChannelEvent<StudioEvents['report']>(studio, 'report', (report) => dispatch({ type: 'report', report }))
}
