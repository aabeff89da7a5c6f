import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startShiprocketFake, type ShiprocketFake } from '@/tests/support/shiprocket-fake'
import { parcel } from './contract-shipments'
import { ShippingError } from './errors'
import { createShiprocketShipping } from './shiprocket'

describe('shiprocket driver: orders', () => {
  let fake: ShiprocketFake
  const driver = () => createShiprocketShipping({ email: fake.email, password: fake.password, apiBase: fake.apiBase, webhookToken: 't' })
  const posted = (path: string) => fake.requests.filter((r) => r.method === 'POST' && r.path === path)

  beforeAll(async () => {
    fake = await startShiprocketFake()
  })
  afterAll(async () => {
    await fake.close()
  })

  it('sends rupees, kilograms, 10-digit phones and a registered pickup location', async () => {
    const shipping = driver()
    const input = parcel({ delivery: { ...parcel().delivery, email: null } })
    await shipping.createShipment(input)
    await shipping.createShipment(parcel({ paymentMode: 'prepaid' }))

    // The seller's address is registered once, under a nickname the order then names.
    expect(posted('/settings/company/addpickup')).toHaveLength(1)
    expect(fake.requests.filter((r) => r.path === '/settings/company/pickup')).toHaveLength(1)
    const pickup = posted('/settings/company/addpickup')[0]?.body as Record<string, unknown>
    expect(pickup).toMatchObject({ name: 'Kala Crafts Pune', phone: '9822011111', email: 'dispatch@kala.example', pin_code: '411005', country: 'India' })

    const [cod, prepaid] = posted('/orders/create/adhoc').map((r) => r.body as Record<string, unknown>)
    expect(cod).toMatchObject({
      order_id: input.orderNumber,
      pickup_location: pickup.pickup_location,
      billing_customer_name: 'Asha Rani',
      billing_last_name: 'Verma',
      billing_address: 'Flat 3B, Gomti Apartments',
      billing_address_2: 'Hazratganj, Near Opposite GPO',
      billing_pincode: '226001',
      billing_phone: '9876543210',
      // No buyer email: the API user's address stands in, as Shiprocket requires one.
      billing_email: fake.email,
      shipping_is_billing: true,
      payment_method: 'COD',
      sub_total: 2998,
      weight: 0.75,
      length: 30,
      breadth: 25,
      height: 4,
      order_items: [{ name: 'Block-printed kurta', sku: 'KURTA-M-INDIGO', units: 2, selling_price: 1499, discount: 0 }],
    })
    expect(cod?.order_date).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/)
    expect(prepaid?.payment_method).toBe('Prepaid')
  })

  it('uses a pickup location the account already has without adding it again', async () => {
    const first = driver()
    await first.createShipment(parcel())
    const adds = posted('/settings/company/addpickup').length
    await driver().createShipment(parcel())
    expect(posted('/settings/company/addpickup')).toHaveLength(adds)
  })

  it('books returns from the buyer to the seller, prepaid, and asks for a return AWB', async () => {
    const shipping = driver()
    const original = parcel()
    const { paymentMode: _cod, ...rest } = original
    const created = await shipping.createReturn({
      ...rest,
      orderNumber: `${original.orderNumber}-R`,
      originalOrderNumber: original.orderNumber,
      pickup: original.delivery,
      delivery: { ...original.pickup, landmark: null },
    })
    const body = posted('/orders/create/return').at(-1)?.body as Record<string, unknown>
    expect(body).toMatchObject({
      pickup_customer_name: 'Asha Rani',
      pickup_pincode: '226001',
      pickup_phone: '9876543210',
      shipping_customer_name: 'Kala Crafts',
      shipping_last_name: 'Pune',
      shipping_pincode: '411005',
      payment_method: 'PREPAID',
    })
    await shipping.assignAwb(created.providerShipmentId, { isReturn: true })
    expect(posted('/courier/assign/awb').at(-1)?.body).toEqual({ shipment_id: Number(created.providerShipmentId), is_return: 1 })
  })

  it('turns refusals into ShippingErrors that say why', async () => {
    const shipping = driver()
    const created = await shipping.createShipment(parcel())
    await shipping.cancel(created.providerOrderId)
    await expect(shipping.assignAwb(created.providerShipmentId)).rejects.toThrow(/could not assign an AWB .*Order is cancelled/)
    await expect(shipping.track('19040000000000')).rejects.toMatchObject({ name: 'ShippingError', status: 404 })
    await expect(shipping.cancel('1')).rejects.toThrow(ShippingError)
    await expect(shipping.schedulePickup('1')).rejects.toThrow(/HTTP 400\): Invalid shipment id/)
  })

  it('reports a parcel with an AWB but no scans yet as created', async () => {
    const shipping = driver()
    const created = await shipping.createShipment(parcel())
    const { awb } = await shipping.assignAwb(created.providerShipmentId)
    expect(await shipping.track(awb)).toEqual({ status: 'created', scans: [] })
  })
})
