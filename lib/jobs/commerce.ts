import 'server-only'

import { and, inArray, isNotNull } from 'drizzle-orm'
import { shipments } from '@/db/schema'
import { appDeps } from '@/lib/dal/app-deps'
import { applyTrackingUpdate } from '@/lib/dal/fulfilment'
import { expireUnpaidOrders, reconcilePayments } from '@/lib/dal/payments'
import { getServiceConfig } from '@/lib/services'
import { simulatedCourierTick } from '@/lib/services/shipping'
import { registerJob } from './registry'

// The order and payment jobs (SPEC §3.6–3.7, §4.4). Importing this module registers them.

registerJob({
  name: 'orders.expire-unpaid',
  recurring: { cron: '*/5 * * * *', everySeconds: 60 },
  run: async (_payload, ctx) => {
    const result = await expireUnpaidOrders(appDeps(), ctx.now)
    if (result.expired > 0) console.info(`[jobs] expired ${result.expired} unpaid orders`)
  },
})

registerJob({
  name: 'payments.reconcile',
  recurring: { cron: '*/10 * * * *', everySeconds: 300 },
  run: async (_payload, ctx) => {
    const result = await reconcilePayments(appDeps(), ctx.now)
    if (result.captured > 0) console.info(`[jobs] reconciled ${result.captured} payments`)
  },
})

/** Polls the courier for shipments still on the road (webhooks are the fast path; this is the net). */
registerJob({
  name: 'shipping.poll-tracking',
  recurring: { cron: '0 * * * *', everySeconds: 3600 },
  run: async () => {
    const deps = appDeps()
    const open = await deps.db
      .select({ awb: shipments.awb })
      .from(shipments)
      .where(and(isNotNull(shipments.awb), inArray(shipments.status, ['pickup_scheduled', 'picked_up', 'in_transit', 'out_for_delivery', 'rto_initiated'])))
      .limit(200)
    for (const { awb } of open) {
      try {
        const tracking = await deps.shipping.track(awb!)
        await applyTrackingUpdate(deps, { awb: awb!, status: tracking.status, scans: tracking.scans })
      } catch (error) {
        console.error('[jobs] tracking poll failed', awb, error)
      }
    }
  },
})

/** The simulated courier's clock (development and demo deployments only). */
registerJob({
  name: simulatedCourierTick.name,
  recurring: simulatedCourierTick.recurring,
  run: async (payload, ctx) => {
    if (getServiceConfig().shipping.driver !== 'simulated') return
    await simulatedCourierTick.run(payload, ctx)
  },
})
