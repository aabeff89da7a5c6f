import { ShippingError } from './errors'
import { checkPinFormat } from './pin-zones'
import { detail, ShiprocketClient, type ShiprocketClientOptions } from './shiprocket-client'
import { chooseCourier, isPostcodeRejection, type ShiprocketServiceabilityBody } from './shiprocket-map'
import { adhocOrderBody, pickupLocationBody, pickupNickname, returnOrderBody } from './shiprocket-orders'
import { parseShiprocketTime, parseShiprocketWebhook, parseTrackingResponse } from './shiprocket-tracking'
import type {
  AssignedAwb,
  CreatedShipment,
  PickupAddress,
  ReturnInput,
  ServiceabilityRequest,
  ServiceabilityResult,
  ServiceableQuote,
  ShipmentInput,
  ShippingService,
  Tracking,
  TrackingWebhook,
} from './types'
import { assertServiceabilityRequest, assertShipmentInput, pickupReason } from './validate'
import { verifyShiprocketToken } from './webhook'

export { jwtExpiry } from './shiprocket-client'

export type ShiprocketOptions = ShiprocketClientOptions & {
  /** The security token set with the webhook URL (Settings → API → Webhooks). */
  webhookToken: string
  /**
   * Shiprocket requires an email on every party; addresses without one use this. Defaults to the
   * API user's, so courier mail about a parcel reaches the marketplace rather than nobody.
   */
  fallbackEmail?: string
}

// Shiprocket's public tracking page; the AWB is all it needs.
const TRACKING_PAGE = 'https://shiprocket.co/tracking/'

type Ids = { order_id?: unknown; shipment_id?: unknown }

/** Shiprocket ids are integers; send them as numbers, as its examples do. */
const idParam = (id: string): number | string => (/^\d{1,15}$/.test(id) ? Number(id) : id)

export class ShiprocketShipping implements ShippingService {
  private readonly client: ShiprocketClient
  private readonly fallbackEmail: string
  private knownPickups: Promise<Set<string>> | null = null
  private readonly registering = new Map<string, Promise<void>>()

  constructor(private readonly options: ShiprocketOptions) {
    this.client = new ShiprocketClient(options)
    this.fallbackEmail = options.fallbackEmail ?? options.email
  }

  async serviceability(request: ServiceabilityRequest): Promise<ServiceabilityResult> {
    assertServiceabilityRequest(request)
    // Only the shape is checked here: which PINs exist and are served is Shiprocket's call.
    const delivery = checkPinFormat(request.deliveryPin)
    if (!delivery.ok) return { serviceable: false, reason: delivery.reason }
    const pickup = checkPinFormat(request.pickupPin)
    if (!pickup.ok) return { serviceable: false, reason: pickupReason(pickup.reason) }

    const lane = { pickup: pickup.pin, delivery: delivery.pin, weightGrams: request.weightGrams, value: request.declaredValuePaise }
    const quote = await this.quote(lane, request.cod)
    if (quote) return quote
    if (request.cod) {
      // No courier collects cash here: the buyer can still prepay, so quote that instead.
      const prepaid = await this.quote(lane, false)
      if (prepaid) return { ...prepaid, codAvailable: false }
    }
    return { serviceable: false, reason: `No courier delivers to ${delivery.pin} from this seller's location yet.` }
  }

  private async quote(
    lane: { pickup: string; delivery: string; weightGrams: number; value: number },
    cod: boolean,
  ): Promise<ServiceableQuote | null> {
    const query = new URLSearchParams({
      pickup_postcode: lane.pickup,
      delivery_postcode: lane.delivery,
      weight: String(lane.weightGrams / 1000),
      cod: cod ? '1' : '0',
      declared_value: String(lane.value / 100),
    })
    const { status, body } = await this.client.authorised('GET', `/courier/serviceability/?${query}`)
    if (status === 404 || (status === 422 && isPostcodeRejection(body))) return null
    if (status < 200 || status >= 300) throw new ShippingError(`Shiprocket serviceability failed (HTTP ${status})${detail(body)}`, status)
    const answer = body as ShiprocketServiceabilityBody
    if (answer.status === 404) return null
    const { chosen, codAvailable } = chooseCourier(answer, { codRequired: cod })
    if (!chosen) return null
    return { serviceable: true, codAvailable, etaDays: chosen.etaDays, courier: chosen.courier, ratePaise: chosen.ratePaise }
  }

  async createShipment(input: ShipmentInput): Promise<CreatedShipment> {
    assertShipmentInput(input)
    const pickupLocation = await this.ensurePickupLocation(input.pickup)
    const body = await this.client.ok('order creation', 'POST', '/orders/create/adhoc', adhocOrderBody(input, pickupLocation, this.fallbackEmail))
    return createdIds('order creation', body as Ids)
  }

  async createReturn(input: ReturnInput): Promise<CreatedShipment> {
    assertShipmentInput(input)
    const body = await this.client.ok('return creation', 'POST', '/orders/create/return', returnOrderBody(input, this.fallbackEmail))
    return createdIds('return creation', body as Ids)
  }

  async assignAwb(providerShipmentId: string, options: { isReturn?: boolean } = {}): Promise<AssignedAwb> {
    const body = (await this.client.ok('AWB assignment', 'POST', '/courier/assign/awb', {
      shipment_id: idParam(providerShipmentId),
      ...(options.isReturn ? { is_return: 1 } : {}),
    })) as { awb_assign_status?: unknown; message?: unknown; response?: { data?: Record<string, unknown> } }
    const data = body?.response?.data ?? {}
    const awb = typeof data.awb_code === 'string' || typeof data.awb_code === 'number' ? String(data.awb_code) : ''
    // Shiprocket answers 200 with awb_assign_status 0 when no courier will take the parcel.
    if (Number(body?.awb_assign_status) !== 1 || !awb) {
      const reason = data.awb_assign_error ?? body?.message ?? 'no AWB in the answer'
      throw new ShippingError(`Shiprocket could not assign an AWB to shipment ${providerShipmentId}: ${String(reason)}`)
    }
    const courier = typeof data.courier_name === 'string' && data.courier_name ? data.courier_name : 'Courier'
    return { awb, courier, trackingUrl: `${TRACKING_PAGE}${encodeURIComponent(awb)}` }
  }

  async schedulePickup(providerShipmentId: string): Promise<{ pickupScheduledAt: Date }> {
    const body = (await this.client.ok('pickup request', 'POST', '/courier/generate/pickup', {
      shipment_id: [idParam(providerShipmentId)],
    })) as { pickup_status?: unknown; response?: { pickup_scheduled_date?: unknown; data?: unknown } }
    const at = parseShiprocketTime(body?.response?.pickup_scheduled_date)
    if (Number(body?.pickup_status) !== 1 || !at)
      throw new ShippingError(`Shiprocket did not schedule a pickup for shipment ${providerShipmentId}: ${String(body?.response?.data ?? 'no pickup date')}`)
    return { pickupScheduledAt: at }
  }

  async label(providerShipmentId: string): Promise<{ labelUrl: string }> {
    const body = (await this.client.ok('label generation', 'POST', '/courier/generate/label', {
      shipment_id: [idParam(providerShipmentId)],
    })) as { label_created?: unknown; label_url?: unknown; response?: unknown }
    if (Number(body?.label_created) !== 1 || typeof body?.label_url !== 'string' || !body.label_url)
      throw new ShippingError(`Shiprocket made no label for shipment ${providerShipmentId}: ${String(body?.response ?? 'no label URL')}`)
    return { labelUrl: body.label_url }
  }

  async track(awb: string): Promise<Tracking> {
    const body = await this.client.ok('tracking', 'GET', `/courier/track/awb/${encodeURIComponent(awb)}`)
    return parseTrackingResponse(awb, body)
  }

  async cancel(providerOrderId: string): Promise<void> {
    await this.client.ok('cancellation', 'POST', '/orders/cancel', { ids: [idParam(providerOrderId)] })
  }

  verifyWebhook(headers: Headers): boolean {
    return verifyShiprocketToken(headers, this.options.webhookToken)
  }

  parseWebhook(body: unknown): TrackingWebhook {
    return parseShiprocketWebhook(body)
  }

  /** Registers the seller's address as a pickup location the first time it ships. */
  private async ensurePickupLocation(address: PickupAddress): Promise<string> {
    const nickname = pickupNickname(address)
    this.knownPickups ??= this.listPickupLocations().catch((error: unknown) => {
      this.knownPickups = null
      throw error
    })
    const known = await this.knownPickups
    if (known.has(nickname)) return nickname
    let registering = this.registering.get(nickname)
    if (!registering) {
      registering = this.client
        .ok('adding a pickup location', 'POST', '/settings/company/addpickup', pickupLocationBody(nickname, address, this.fallbackEmail))
        .then(() => void known.add(nickname))
        .finally(() => this.registering.delete(nickname))
      this.registering.set(nickname, registering)
    }
    await registering
    return nickname
  }

  private async listPickupLocations(): Promise<Set<string>> {
    const body = (await this.client.ok('pickup locations', 'GET', '/settings/company/pickup')) as {
      data?: { shipping_address?: { pickup_location?: unknown }[] }
    }
    const list = body?.data?.shipping_address ?? []
    return new Set(list.map((l) => l.pickup_location).filter((n): n is string => typeof n === 'string'))
  }
}

function createdIds(what: string, body: Ids): CreatedShipment {
  const ok = (v: unknown) => (typeof v === 'number' || (typeof v === 'string' && v !== '') ? String(v) : null)
  const providerOrderId = ok(body?.order_id)
  const providerShipmentId = ok(body?.shipment_id)
  if (!providerOrderId || !providerShipmentId) throw new ShippingError(`Shiprocket ${what} answered without an order and shipment id`)
  return { providerOrderId, providerShipmentId }
}

export function createShiprocketShipping(options: ShiprocketOptions): ShiprocketShipping {
  return new ShiprocketShipping(options)
}
