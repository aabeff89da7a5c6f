import type { Metadata } from 'next'
import Link from 'next/link'
import { getDb } from '@/db'
import { PageHeader } from '@/components/layout/page-header'
import { ChatRulesForm } from '@/components/studio/shows/chat-rules-form'
import { Alert, AlertDescription } from '@/components/ui/alert'
import { getBlockedWords } from '@/lib/dal/store-blocked-words'
import { getStudioContext } from '@/lib/dal/studio'

export const metadata: Metadata = { title: 'Chat rules · Seller studio', robots: { index: false } }

export default async function ChatRulesPage({ params }: PageProps<'/studio/[storeId]/shows/chat-rules'>) {
  const { storeId } = await params
  const { user, readOnly } = await getStudioContext(storeId)
  const words = await getBlockedWords(getDb(), { storeId, actorId: user.id })

  return (
    <>
      <PageHeader
        eyebrow={
          <Link href={`/studio/${storeId}/shows`} className="hover:underline">
            ← Shows
          </Link>
        }
        title="Chat rules"
        description={
          <>
            Words and phrases you don’t want in your live shows’ chat. Messages containing these words are refused with a message to the sender. Matching
            ignores case and common letter swaps like 0 for o, and looks at whole words only, so “ass” does not block “class”.
          </>
        }
      />
      {readOnly ? (
        <Alert className="mb-6">
          <AlertDescription>Your store can’t make changes right now, so this list is read-only. The chat still uses it.</AlertDescription>
        </Alert>
      ) : null}
      <ChatRulesForm storeId={storeId} initial={words} readOnly={readOnly} />
    </>
  )
}
