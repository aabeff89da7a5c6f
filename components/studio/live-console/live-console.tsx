'use client'

import Link from 'next/link'
import { useReducer } from 'react'
import { ChatPanel } from '@/components/live/chat-panel'
import { Tabs, TabsContent, TabsList, TabsTrigger } from '@/components/ui/tabs'
import type { LiveConsoleData } from '@/lib/dal/live-console'
import { cn } from '@/lib/utils'
import { consoleReducer, splitQuestions, type ConsoleState } from './console-state'
import { PollPanel } from './poll-panel'
import { QuestionQueue } from './question-queue'
import { RunListPanel } from './run-list-panel'
import { OrdersFeed, ReportsFeed } from './sales-feed'
import { SlowModeSelect } from './slow-mode-select'
import { StagePanel } from './stage-panel'
import { StatsPanel } from './stats-panel'
import { useConsoleEvents } from './use-console-events'

function initialState(data: LiveConsoleData): ConsoleState {
  return {
    status: data.show.status,
    startedAt: data.show.startedAt,
    stats: data.stats,
    stock: {},
    spotlightId: data.show.spotlightProductId,
    poll: data.poll,
    questions: data.questions,
    orders: data.orders,
    reports: data.reports,
  }
}

// On phones one panel shows at a time under the stage; from lg every panel shows, chat on the
// right. Panels stay mounted when hidden so the chat keeps its messages and forms keep their text.
const panel = 'grid min-w-0 data-[state=inactive]:hidden lg:data-[state=inactive]:grid'

/** The host's live console (SPEC §9.3): stage, stats, run list with spotlight, chat, questions, polls and sales. */
export function LiveConsole({ data }: { data: LiveConsoleData }) {
  const [state, dispatch] = useReducer(consoleReducer, data, initialState)
  useConsoleEvents(data.show.id, dispatch)
  const live = state.status === 'live'
  const openQuestions = splitQuestions(state.questions).open.length

  return (
    <Tabs defaultValue="products" className="gap-4 lg:grid lg:grid-cols-[minmax(0,1fr)_minmax(20rem,24rem)] lg:items-start">
      <div className="grid min-w-0 gap-4">
        <StagePanel
          storeId={data.storeId}
          showId={data.show.id}
          status={state.status}
          startedAt={state.startedAt}
          canBroadcast={data.canBroadcast}
          video={data.video}
          ingress={data.ingress}
          dispatch={dispatch}
        />
        <StatsPanel stats={state.stats} />

        <TabsList aria-label="Console panels" className="h-auto w-full justify-start overflow-x-auto lg:hidden">
          <TabsTrigger value="products">Products</TabsTrigger>
          <TabsTrigger value="chat">Chat</TabsTrigger>
          <TabsTrigger value="questions">
            Questions{openQuestions > 0 ? <span className="tabular-nums"> ({openQuestions})</span> : null}
          </TabsTrigger>
          <TabsTrigger value="polls">Poll</TabsTrigger>
          <TabsTrigger value="sales">
            Sales{state.reports.length > 0 ? <span className="tabular-nums"> · {state.reports.length} reports</span> : null}
          </TabsTrigger>
        </TabsList>

        <TabsContent value="products" forceMount className={panel}>
          <RunListPanel showId={data.show.id} live={live} products={data.runList} stock={state.stock} spotlightId={state.spotlightId} dispatch={dispatch} />
        </TabsContent>
        <TabsContent value="questions" forceMount className={panel}>
          <QuestionQueue questions={state.questions} dispatch={dispatch} />
        </TabsContent>
        <TabsContent value="polls" forceMount className={panel}>
          <PollPanel showId={data.show.id} live={live} poll={state.poll} dispatch={dispatch} />
        </TabsContent>
        <TabsContent value="sales" forceMount className={cn(panel, 'gap-4 lg:grid-cols-2 lg:items-start')}>
          <OrdersFeed orders={state.orders} />
          <ReportsFeed reports={state.reports} dispatch={dispatch} />
        </TabsContent>
      </div>

      <TabsContent value="chat" forceMount className={cn(panel, 'gap-2 lg:sticky lg:top-4')}>
        <div className="flex flex-wrap items-center justify-end gap-x-4 gap-y-1">
          {data.canBroadcast ? (
            // A new tab, so the host never leaves a running show to edit the list.
            <Link href={`/studio/${data.storeId}/shows/chat-rules`} target="_blank" rel="noopener" className="mr-auto text-sm font-medium underline-offset-4 hover:underline">
              Chat rules<span className="sr-only"> (opens in a new tab)</span>
            </Link>
          ) : null}
          <SlowModeSelect showId={data.show.id} live={live} initial={data.show.slowModeSeconds} />
        </div>
        <ChatPanel
          showId={data.show.id}
          initial={data.chat}
          pinned={data.pinned}
          slowModeSeconds={data.show.slowModeSeconds}
          me={data.me}
          mode="moderator"
          className="h-[32rem] lg:h-[calc(100dvh-8rem)]"
        />
      </TabsContent>
    </Tabs>
  )
}
