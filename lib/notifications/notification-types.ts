// The kinds of notification a person can receive. The key is stored in notifications.type and
// email_preferences.type, so keys are never renamed; labels may change freely.

export type NotificationAudience = 'buyer' | 'seller'

type TypeInfo = { audience: NotificationAudience; label: string; description: string }

export const NOTIFICATION_TYPES = {
  'order.placed': {
    audience: 'buyer',
    label: 'Order placed',
    description: 'Your items, total and payment when an order goes through.',
  },
  'order.shipped': {
    audience: 'buyer',
    label: 'Shipped',
    description: 'The courier and tracking number when your parcel leaves the seller.',
  },
  'order.out_for_delivery': {
    audience: 'buyer',
    label: 'Out for delivery',
    description: 'On the day your parcel is due to arrive.',
  },
  'order.delivered': {
    audience: 'buyer',
    label: 'Delivered',
    description: 'When the courier marks your parcel delivered.',
  },
  'order.cancelled': {
    audience: 'buyer',
    label: 'Order cancelled',
    description: 'When you, the seller or Haat cancels one of your orders.',
  },
  'refund.issued': {
    audience: 'buyer',
    label: 'Refund issued',
    description: 'When money for a cancelled or returned order is sent back to you.',
  },
  'return.decided': {
    audience: 'buyer',
    label: 'Return decisions',
    description: 'When a seller approves or declines your return request.',
  },
  'seller.order.placed': {
    audience: 'seller',
    label: 'New orders',
    description: 'Each new order for a store you run, ready to pack.',
  },
  'seller.order.cancelled': {
    audience: 'seller',
    label: 'Cancelled orders',
    description: 'When an order for your store is cancelled, so you do not ship it.',
  },
  'seller.return.requested': {
    audience: 'seller',
    label: 'Return requests',
    description: 'When a buyer asks to return an order from your store.',
  },
} as const satisfies Record<string, TypeInfo>

export type NotificationType = keyof typeof NOTIFICATION_TYPES

export const NOTIFICATION_TYPE_KEYS = Object.keys(NOTIFICATION_TYPES) as [NotificationType, ...NotificationType[]]

export function isNotificationType(value: string): value is NotificationType {
  return Object.hasOwn(NOTIFICATION_TYPES, value)
}

export function notificationTypesFor(audience: NotificationAudience): NotificationType[] {
  return NOTIFICATION_TYPE_KEYS.filter((type) => NOTIFICATION_TYPES[type].audience === audience)
}
