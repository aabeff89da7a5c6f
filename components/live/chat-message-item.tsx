'use client'

import { BanIcon, CheckIcon, FlagIcon, HelpCircleIcon, MoreVerticalIcon, PinIcon, PinOffIcon, TimerIcon, Trash2Icon } from 'lucide-react'
import { Badge } from '@/components/ui/badge'
import { Button } from '@/components/ui/button'
import { DropdownMenu, DropdownMenuContent, DropdownMenuItem, DropdownMenuSeparator, DropdownMenuTrigger } from '@/components/ui/dropdown-menu'
import type { ChatMessage } from '@/lib/live/events'
import { cn } from '@/lib/utils'
import { messageParts } from './chat-state'

export type MessageCommand = 'question' | 'report' | 'delete' | 'timeout' | 'ban' | 'pin' | 'unpin' | 'answer'

type Props = {
  message: ChatMessage
  mine: boolean
  pinned: boolean
  signedIn: boolean
  moderator: boolean
  onCommand: (command: MessageCommand, message: ChatMessage) => void
}

const roleBadge = { host: 'Host', moderator: 'Mod', viewer: null } as const

export function ChatMessageItem({ message, mine, pinned, signedIn, moderator, onCommand }: Props) {
  if (message.kind === 'system') {
    return (
      <li className="text-muted-foreground px-3 py-1 text-center text-xs italic" data-testid="chat-system">
        {message.body}
      </li>
    )
  }
  const staff = message.role !== 'viewer'
  const badge = roleBadge[message.role]
  const commands: { command: MessageCommand; label: string; icon: React.ReactNode; destructive?: boolean }[] = []
  if (signedIn && mine && message.kind === 'message') commands.push({ command: 'question', label: 'Ask as a question', icon: <HelpCircleIcon /> })
  if (signedIn && !mine) commands.push({ command: 'report', label: 'Report message', icon: <FlagIcon /> })
  if (moderator) {
    if (message.kind === 'question' && !message.answeredAt) commands.push({ command: 'answer', label: 'Mark answered', icon: <CheckIcon /> })
    commands.push(pinned ? { command: 'unpin', label: 'Unpin', icon: <PinOffIcon /> } : { command: 'pin', label: 'Pin message', icon: <PinIcon /> })
    commands.push({ command: 'delete', label: 'Delete message', icon: <Trash2Icon />, destructive: true })
    if (!staff && message.userId) {
      commands.push({ command: 'timeout', label: 'Time out 5 minutes', icon: <TimerIcon />, destructive: true })
      commands.push({ command: 'ban', label: 'Ban from this store’s shows', icon: <BanIcon />, destructive: true })
    }
  }
  return (
    <li
      className={cn('group hover:bg-muted/50 flex items-start gap-2 rounded-md px-3 py-1.5', message.kind === 'question' && 'bg-amber-500/10')}
      data-testid="chat-message"
      data-message-id={message.id}
    >
      <p className="min-w-0 flex-1 text-sm break-words">
        <span className={cn('mr-1.5 font-semibold', staff && 'text-primary')}>{message.name}</span>
        {badge ? (
          <Badge variant="secondary" className="mr-1.5 px-1.5 py-0 text-[10px] uppercase">
            {badge}
          </Badge>
        ) : null}
        {message.kind === 'question' ? (
          <Badge variant="outline" className="mr-1.5 px-1.5 py-0 text-[10px]">
            {message.answeredAt ? 'Answered' : 'Question'}
          </Badge>
        ) : null}
        <MessageBody body={message.body} linksAllowed={staff} />
      </p>
      {commands.length > 0 ? (
        <DropdownMenu>
          <DropdownMenuTrigger asChild>
            <Button
              variant="ghost"
              size="icon"
              className="size-7 shrink-0 opacity-60 group-hover:opacity-100 focus-visible:opacity-100"
              aria-label={`Actions for ${message.name}'s message`}
            >
              <MoreVerticalIcon className="size-4" />
            </Button>
          </DropdownMenuTrigger>
          <DropdownMenuContent align="end">
            {commands.map((c, i) => (
              <span key={c.command}>
                {c.destructive && i > 0 && !commands[i - 1]!.destructive ? <DropdownMenuSeparator /> : null}
                <DropdownMenuItem onSelect={() => onCommand(c.command, message)} className={cn(c.destructive && 'text-destructive')}>
                  {c.icon}
                  {c.label}
                </DropdownMenuItem>
              </span>
            ))}
          </DropdownMenuContent>
        </DropdownMenu>
      ) : null}
    </li>
  )
}

export function MessageBody({ body, linksAllowed }: { body: string; linksAllowed: boolean }) {
  return (
    <>
      {messageParts(body, linksAllowed).map((part, i) =>
        part.kind === 'link' ? (
          <a key={i} href={part.href} target="_blank" rel="noopener noreferrer nofollow ugc" className="text-primary underline underline-offset-2">
            {part.text}
          </a>
        ) : part.kind === 'mention' ? (
          <span key={i} className="text-primary font-medium">
            {part.text}
          </span>
        ) : (
          <span key={i}>{part.text}</span>
        ),
      )}
    </>
  )
}
