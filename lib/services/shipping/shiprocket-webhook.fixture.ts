/**
 * A tracking webhook as Shiprocket documents it (apidocs.shiprocket.in, "Webhooks": the sample
 * body, with a third scan added), for the parser's tests. Times are IST without a zone; the
 * `current_status_id` counts from Shiprocket's order-status table (20 = In Transit there).
 */
export const shiprocketTrackingWebhook = {
  awb: '19041424751540',
  courier_name: 'Delhivery Surface',
  current_status: 'IN TRANSIT',
  current_status_id: 20,
  shipment_status: 'IN TRANSIT',
  shipment_status_id: 18,
  current_timestamp: '23 05 2023 11:43:52',
  order_id: '1373900_150876814',
  sr_order_id: 348456385,
  awb_assigned_date: '2023-05-19 11:59:16',
  pickup_scheduled_date: '2023-05-19 11:59:17',
  etd: '2023-05-23 15:40:19',
  scans: [
    {
      date: '2023-05-19 11:59:16',
      status: 'X-UCI',
      activity: 'Manifested - Manifest uploaded',
      location: 'Chomu_SamodRd_D (Rajasthan)',
      'sr-status': '5',
      'sr-status-label': 'MANIFEST GENERATED',
    },
    {
      date: '2023-05-19 15:32:17',
      status: 'X-PPOM',
      activity: 'In Transit - Shipment picked up',
      location: 'Chomu_SamodRd_D (Rajasthan)',
      'sr-status': '42',
      'sr-status-label': 'PICKED UP',
    },
    {
      date: '2023-05-20 02:14:05',
      status: 'X-DLL2F',
      activity: 'In Transit - Bag added to trip',
      location: 'Jaipur_Sanganer_H (Rajasthan)',
      'sr-status': '18',
      'sr-status-label': 'IN TRANSIT',
    },
  ],
  is_return: 0,
  channel_id: 3422553,
  pod_status: 'OTP Based Delivery',
  pod: 'Not Available',
  qc_image: '',
  qc_failure_reason: '',
}

/** What parseWebhook makes of it (UTC instants of the IST times). */
export const expectedTrackingWebhook = {
  awb: '19041424751540',
  providerOrderId: '348456385',
  orderNumber: '1373900_150876814',
  isReturn: false,
  status: 'in_transit',
  scans: [
    { status: 'pickup_scheduled', label: 'Manifested - Manifest uploaded', location: 'Chomu_SamodRd_D (Rajasthan)', occurredAt: new Date('2023-05-19T06:29:16Z') },
    { status: 'picked_up', label: 'In Transit - Shipment picked up', location: 'Chomu_SamodRd_D (Rajasthan)', occurredAt: new Date('2023-05-19T10:02:17Z') },
    { status: 'in_transit', label: 'In Transit - Bag added to trip', location: 'Jaipur_Sanganer_H (Rajasthan)', occurredAt: new Date('2023-05-19T20:44:05Z') },
  ],
} as const
