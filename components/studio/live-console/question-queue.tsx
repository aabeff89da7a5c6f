'use client'

import { CheckIcon, MessageCircleQuestionIcon } from 'lucide-react'
import type { Dispatch } from 'react'
import { answerQuestionAction } from '@/components/live/actions'
import { Button } from '@/components/ui/button'
import type { ChatMessage } from '@/lib/live/events'
import { splitQuestions, type ConsoleAction } from './console-state'
import { formatFeedTime } from './format'
import { useConsoleCommand } from './use-console-command'
import { CommandStatus } from './command-status'

/** Questions viewers marked in chat: open ones newest first, answered ones folded away below. */
export function QuestionQueue({ questions, dispatch }: { questions: ChatMessage[]; dispatch: Dispatch<ConsoleAction> }) {
  const command = useConsoleCommand()
  const { open, answered } = splitQuestions(questions)

  const answer = (q: ChatMessage) =>
    command.run(q.id, () => answerQuestionAction({ messageId: q.id }), () => {
      dispatch({ type: 'answered', id: q.id, at: new Date().toISOString() })
      return `Marked ${q.name}’s question answered.`
    })

  return (
    <section aria-labelledby="console-questions" className="grid gap-3 rounded-xl border bg-card p-4">
      <h2 id="console-questions" className="text-base font-semibold">
        Questions {open.length > 0 ? <span className="text-muted-foreground">({open.length} open)</span> : null}
      </h2>
      <CommandStatus command={command} />
      {open.length === 0 ? (
        <p className="flex items-center gap-2 text-sm text-muted-foreground">
          <MessageCircleQuestionIcon aria-hidden="true" className="size-4 shrink-0" />
          No open questions. When a viewer marks a chat message as a question, it appears here.
        </p>
      ) : (
        <ul className="grid gap-2" aria-label="Open questions">
          {open.map((q) => (
            <li key={q.id} className="grid gap-2 rounded-lg border p-3">
              <p className="text-sm">
                <span className="font-semibold">{q.name}</span>{' '}
                <time dateTime={q.createdAt} className="text-xs text-muted-foreground">
                  {formatFeedTime(q.createdAt)}
                </time>
              </p>
              <p className="text-sm break-words">{q.body}</p>
              <Button type="button" size="sm" variant="outline" className="w-fit" onClick={() => answer(q)} disabled={command.pending}>
                <CheckIcon aria-hidden="true" />
                {command.running === q.id ? 'Saving…' : 'Mark answered'}
              </Button>
            </li>
          ))}
        </ul>
      )}
      {answered.length > 0 ? (
        <details className="rounded-lg border p-3">
          <summary className="cursor-pointer text-sm font-medium">Answered ({answered.length})</summary>
          <ul className="mt-2 grid gap-2">
            {answered.map((q) => (
              <li key={q.id} className="text-sm text-muted-foreground">
                <span className="font-medium text-foreground">{q.name}:</span> <span className="break-words">{q.body}</span>
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </section>
  )
}
