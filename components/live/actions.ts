'use server'

import { after } from 'next/server'
import { publicAction, userAction } from '@/lib/actions/safe-action'
import { liveDeps } from '@/lib/dal/live/app-deps'
import { sendMessage } from '@/lib/dal/live/chat'
import { answerQuestion, banUser, deleteMessage, markQuestion, pinMessage, reportMessage, setSlowMode, timeoutUser } from '@/lib/dal/live/moderation'
import { closePoll, createPoll, votePoll } from '@/lib/dal/live/polls'
import { react } from '@/lib/dal/live/reactions'
import { spotlight } from '@/lib/dal/live/spotlight'
import { heartbeat, leave } from '@/lib/dal/live/viewers'
import { readViewerKey } from '@/lib/live/viewer-key'
import {
  answerQuestionSchema,
  banUserSchema,
  chatReportReasonText,
  closePollSchema,
  createPollSchema,
  deleteChatSchema,
  heartbeatSchema,
  leaveSchema,
  markQuestionSchema,
  pinChatSchema,
  reactSchema,
  reportChatSchema,
  sendChatSchema,
  slowModeSchema,
  spotlightSchema,
  timeoutUserSchema,
  votePollSchema,
} from '@/lib/validations/live'

// The live room and the host console (SPEC §6). Who may moderate is decided in lib/dal/live from
// the show's own store; nothing here trusts a store id from the browser. Chat and reaction rate
// limits live in the DAL, where the message can say how long to wait.

export const sendChatAction = userAction(sendChatSchema, (input, { user }) => sendMessage(liveDeps(), { userId: user.id }, input))

export const deleteChatAction = userAction(deleteChatSchema, (input, { user }) => deleteMessage(liveDeps(), { userId: user.id }, input))

export const timeoutUserAction = userAction(timeoutUserSchema, (input, { user }) => timeoutUser(liveDeps(), { userId: user.id }, input))

export const banUserAction = userAction(banUserSchema, (input, { user }) => banUser(liveDeps(), { userId: user.id }, input))

export const pinChatAction = userAction(pinChatSchema, (input, { user }) => pinMessage(liveDeps(), { userId: user.id }, input))

export const reportChatAction = userAction(
  reportChatSchema,
  (input, { user }) => reportMessage(liveDeps(), { userId: user.id }, { messageId: input.messageId, reason: chatReportReasonText(input) }),
  { rateLimit: { name: 'chat-report', limit: 30, windowSeconds: 600 } },
)

export const markQuestionAction = userAction(markQuestionSchema, (input, { user }) => markQuestion(liveDeps(), { userId: user.id }, input))

export const answerQuestionAction = userAction(answerQuestionSchema, (input, { user }) => answerQuestion(liveDeps(), { userId: user.id }, input))

/** Anonymous viewers react too, counted by the viewer-key cookie. */
export const reactAction = publicAction(reactSchema, async (input, { user }) => {
  const { delivered } = await react(liveDeps(), { userId: user?.id ?? null, viewerKey: await readViewerKey() }, input)
  // The batch goes out up to 250 ms later; keep a serverless invocation alive until it has.
  after(delivered)
  return null
})

export const heartbeatAction = publicAction(heartbeatSchema, async (input, { user }) =>
  heartbeat(liveDeps(), { userId: user?.id ?? null, viewerKey: await readViewerKey() }, input),
)

export const leaveAction = publicAction(leaveSchema, async (input, { user }) => {
  await leave(liveDeps(), { userId: user?.id ?? null, viewerKey: await readViewerKey() }, input)
  return null
})

export const spotlightAction = userAction(spotlightSchema, (input, { user }) => spotlight(liveDeps(), { userId: user.id }, input))

export const setSlowModeAction = userAction(slowModeSchema, (input, { user }) => setSlowMode(liveDeps(), { userId: user.id }, input))

export const createPollAction = userAction(createPollSchema, (input, { user }) => createPoll(liveDeps(), { userId: user.id }, input))

export const votePollAction = userAction(votePollSchema, async (input, { user }) => {
  const { delivered } = await votePoll(liveDeps(), { userId: user.id }, input)
  after(delivered)
  return null
})

export const closePollAction = userAction(closePollSchema, (input, { user }) => closePoll(liveDeps(), { userId: user.id }, input))
