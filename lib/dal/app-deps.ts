import 'server-only'

import { getDb } from '@/db'
import { getServiceConfig } from '@/lib/services'
import { getEmail } from '@/lib/services/email'
import { getPayments } from '@/lib/services/payments'
import { getShipping } from '@/lib/services/shipping'
import type { CheckoutDeps } from './checkout'
import type { FulfilmentDeps } from './fulfilment'
import { notifyOrderChange } from './order-notify'

/** The configured services and database, for actions, routes and jobs (tests build their own). */
export function appDeps(): CheckoutDeps & FulfilmentDeps {
  const config = getServiceConfig()
  return {
    db: getDb(),
    payments: getPayments(),
    shipping: getShipping(),
    shippingProvider: config.shipping.driver,
    email: getEmail(),
    secret: config.auth.secret,
    notify: notifyOrderChange,
  }
}
