'use client'

import { ArrowDownIcon, SendIcon } from 'lucide-react'
import Link from 'next/link'
import { usePathname } from 'next/navigation'
import { useEffect, useReducer, useRef, useState, useTransition } from 'react'
import { Button } from '@/components/ui/button'
import { Input } from '@/components/ui/input'
import { channels } from '@/lib/live/channels'
import type { ChatMessage, ShowEvents } from '@/lib/live/events'
import { useChannelEvent } from '@/lib/services/realtime/client'
import { cn } from '@/lib/utils'
import { answerQuestionAction, banUserAction, deleteChatAction, markQuestionAction, pinChatAction, sendChatAction, timeoutUserAction } from './actions'
import { ChatMessageItem, MessageBody, type MessageCommand } from './chat-message-item'
import { ChatReportDialog } from './chat-report-dialog'
import { chatReducer } from './chat-state'

type Props = {
  showId: string
  initial: ChatMessage[]
  pinned: ChatMessage | null
  slowModeSeconds: number
  me: { userId: string; name: string } | null
  /** 'moderator' shows delete / time out / ban / pin / answer tools on each message. */
  mode: 'viewer' | 'moderator'
  className?: string
}

/** The show's chat: history from the first paint, then live from the show channel. */
export function ChatPanel({ showId, initial, pinned, slowModeSeconds, me, mode, className }: Props) {
  const [state, dispatch] = useReducer(chatReducer, { messages: initial, pinned })
  const [slowMode, setSlowMode] = useState(slowModeSeconds)
  const [notice, setNotice] = useState<string | null>(null)
  const [reporting, setReporting] = useState<ChatMessage | null>(null)
  const channel = channels.show(showId)
  const moderator = mode === 'moderator'

  useChannelEvent<ShowEvents['chat-message']>(channel, 'chat-message', (message) => dispatch({ type: 'message', message }))
  useChannelEvent<ShowEvents['chat-deleted']>(channel, 'chat-deleted', ({ id }) => dispatch({ type: 'deleted', id }))
  useChannelEvent<ShowEvents['chat-pinned']>(channel, 'chat-pinned', ({ message }) => dispatch({ type: 'pinned', message }))
  useChannelEvent<ShowEvents['chat-answered']>(channel, 'chat-answered', ({ id }) => dispatch({ type: 'answered', id, at: new Date().toISOString() }))
  useChannelEvent<ShowEvents['slow-mode']>(channel, 'slow-mode', ({ seconds }) => setSlowMode(seconds))

  const listRef = useRef<HTMLOListElement>(null)
  const [atBottom, setAtBottom] = useState(true)
  useEffect(() => {
    const list = listRef.current
    if (list && atBottom) list.scrollTop = list.scrollHeight
  }, [state.messages, atBottom])

  async function command(kind: MessageCommand, message: ChatMessage) {
    setNotice(null)
    if (kind === 'report') return setReporting(message)
    const result =
      kind === 'question'
        ? await markQuestionAction({ messageId: message.id })
        : kind === 'answer'
          ? await answerQuestionAction({ messageId: message.id })
          : kind === 'delete'
            ? await deleteChatAction({ messageId: message.id })
            : kind === 'pin' || kind === 'unpin'
              ? await pinChatAction({ showId, messageId: kind === 'pin' ? message.id : null })
              : kind === 'timeout'
                ? await timeoutUserAction({ showId, userId: message.userId!, minutes: 5 })
                : await banUserAction({ showId, userId: message.userId! })
    if (!result.ok) return setNotice(result.formError ?? 'That didn’t work. Try again.')
    if (kind === 'delete') dispatch({ type: 'deleted', id: message.id })
    if (kind === 'question') setNotice('Sent to the host as a question.')
    if (kind === 'timeout') setNotice(`${message.name} can’t chat for 5 minutes.`)
    if (kind === 'ban') setNotice(`${message.name} is banned from this store’s shows.`)
  }

  return (
    <section aria-labelledby={`chat-${showId}`} className={cn('bg-card flex min-h-0 flex-col rounded-xl border', className)}>
      <header className="flex items-center justify-between gap-2 border-b px-3 py-2">
        <h2 id={`chat-${showId}`} className="text-sm font-semibold">
          Live chat
        </h2>
        {slowMode > 0 ? <span className="text-muted-foreground text-xs">Slow mode · {slowMode}s</span> : null}
      </header>
      {state.pinned ? (
        <div className="bg-primary/5 border-b px-3 py-2 text-sm" data-testid="chat-pinned">
          <span className="text-primary mr-1.5 text-xs font-semibold uppercase">Pinned</span>
          <span className="mr-1 font-semibold">{state.pinned.name}</span>
          <MessageBody body={state.pinned.body} linksAllowed={state.pinned.role !== 'viewer'} />
        </div>
      ) : null}
      <div className="relative min-h-0 flex-1">
        <ol
          ref={listRef}
          role="log"
          aria-live="polite"
          aria-label="Chat messages"
          className="absolute inset-0 overflow-y-auto py-2"
          onScroll={(e) => {
            const el = e.currentTarget
            setAtBottom(el.scrollHeight - el.scrollTop - el.clientHeight < 40)
          }}
          data-testid="chat-log"
        >
          {state.messages.length === 0 ? (
            <li className="text-muted-foreground px-3 py-6 text-center text-sm">No messages yet. Say hello to the host!</li>
          ) : (
            state.messages.map((m) => (
              <ChatMessageItem
                key={m.id}
                message={m}
                mine={me?.userId === m.userId}
                pinned={state.pinned?.id === m.id}
                signedIn={me !== null}
                moderator={moderator}
                onCommand={command}
              />
            ))
          )}
        </ol>
        {!atBottom ? (
          <Button
            size="sm"
            variant="secondary"
            className="absolute bottom-2 left-1/2 -translate-x-1/2 shadow"
            onClick={() => listRef.current?.scrollTo({ top: listRef.current.scrollHeight, behavior: 'smooth' })}
          >
            <ArrowDownIcon /> New messages
          </Button>
        ) : null}
      </div>
      {notice ? (
        <p role="status" className="text-muted-foreground border-t px-3 py-1.5 text-xs">
          {notice}
        </p>
      ) : null}
      <ChatComposer showId={showId} me={me} slowModeSeconds={moderator ? 0 : slowMode} onSent={(m) => dispatch({ type: 'message', message: m })} />
      <ChatReportDialog
        message={reporting}
        onClose={() => setReporting(null)}
        onDone={(note) => {
          setReporting(null)
          setNotice(note)
        }}
      />
    </section>
  )
}

function ChatComposer({
  showId,
  me,
  slowModeSeconds,
  onSent,
}: {
  showId: string
  me: Props['me']
  slowModeSeconds: number
  onSent: (message: ChatMessage) => void
}) {
  const pathname = usePathname()
  const [body, setBody] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [waitUntil, setWaitUntil] = useState(0)
  const [now, setNow] = useState(() => Date.now())
  const [pending, start] = useTransition()
  const waiting = Math.max(0, Math.ceil((waitUntil - now) / 1000))
  useEffect(() => {
    if (waitUntil <= Date.now()) return
    const timer = setInterval(() => setNow(Date.now()), 500)
    return () => clearInterval(timer)
  }, [waitUntil])

  if (!me) {
    return (
      <p className="border-t px-3 py-3 text-center text-sm">
        <Link href={`/sign-in?callbackUrl=${encodeURIComponent(pathname)}`} className="text-primary font-medium underline underline-offset-2">
          Sign in to chat
        </Link>{' '}
        — you can watch without an account.
      </p>
    )
  }

  function send(event: React.FormEvent) {
    event.preventDefault()
    const text = body.trim()
    if (!text) return setError('Type a message first.')
    start(async () => {
      const result = await sendChatAction({ showId, body: text })
      if (!result.ok) {
        // Keep what they typed: a wait or a blocked word shouldn't cost them the message.
        setError(result.fieldErrors?.body?.[0] ?? result.formError ?? 'Your message wasn’t sent. Try again.')
        return
      }
      setBody('')
      setError(null)
      onSent(result.data)
      if (slowModeSeconds > 0) {
        setWaitUntil(Date.now() + slowModeSeconds * 1000)
        setNow(Date.now())
      }
    })
  }

  return (
    <form onSubmit={send} className="grid gap-1 border-t p-2" noValidate>
      <div className="flex gap-2">
        <label htmlFor={`chat-input-${showId}`} className="sr-only">
          Message
        </label>
        <Input
          id={`chat-input-${showId}`}
          value={body}
          onChange={(e) => {
            setBody(e.target.value)
            if (error) setError(null)
          }}
          maxLength={300}
          placeholder={waiting > 0 ? `Slow mode: wait ${waiting}s` : 'Say something…'}
          autoComplete="off"
          enterKeyHint="send"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `chat-error-${showId}` : undefined}
          data-testid="chat-input"
        />
        <Button type="submit" size="icon" disabled={pending || waiting > 0} aria-label="Send message">
          <SendIcon />
        </Button>
      </div>
      {error ? (
        <p id={`chat-error-${showId}`} role="alert" className="text-destructive px-1 text-xs">
          {error}
        </p>
      ) : null}
    </form>
  )
}
