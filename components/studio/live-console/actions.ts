'use server'

import { getDb } from '@/db'
import { sellerAction } from '@/lib/actions/safe-action'
import { createShowIngress } from '@/lib/dal/live-console'
import { getVideo } from '@/lib/services/video'
import { createIngressSchema } from '@/lib/validations/live-console'

// Owner-only, like going live: the stream key lets whoever holds it broadcast as the store.
export const createIngressAction = sellerAction(
  createIngressSchema,
  (input) => createShowIngress({ db: getDb(), video: getVideo() }, { storeId: input.storeId, showId: input.showId }, input.kind),
  { rateLimit: { name: 'show-ingress', limit: 10, windowSeconds: 600 } },
)
