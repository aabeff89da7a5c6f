import 'server-only'

import { z } from 'zod'
import type { DbOrTx } from '@/db/client'
import {
  countAddresses,
  deleteAddressRow,
  findAddress,
  insertAddress,
  latestAddressId,
  listAddressRows,
  lockAddressBook,
  makeDefaultAddress,
  updateAddress,
  type AddressRow,
} from '@/db/queries/addresses'
import { ActionError } from '@/lib/actions/errors'
import { codVerdict } from '@/lib/domain/cod'
import { getShipping, ShippingError, type EtaDays, type ShippingService } from '@/lib/services/shipping'
import { ADDRESS_PIN_MESSAGE, MAX_ADDRESSES, type PinCheckResult, type SaveAddressData, type SavedAddress } from '@/lib/validations/address'

export type { PinCheckResult, SavedAddress } from '@/lib/validations/address'

type Scope = { userId: string; addressId: string }

const toSaved = (row: AddressRow): SavedAddress => ({ ...row })
const isUuid = (value: string) => z.uuid().safeParse(value).success

const gone = () => new ActionError('not_found', 'This address is no longer in your address book. Refresh the page to see your addresses.')

/** The user's address book, default first. */
export async function listAddresses(db: DbOrTx, userId: string): Promise<SavedAddress[]> {
  return (await listAddressRows(db, userId)).map(toSaved)
}

/** One of the user's addresses; null for anyone else's id (no IDOR), or a malformed one. */
export async function getAddressForUser(db: DbOrTx, scope: Scope): Promise<SavedAddress | null> {
  if (!isUuid(scope.addressId)) return null
  const row = await findAddress(db, scope)
  return row ? toSaved(row) : null
}

/**
 * Adds or edits an address. The first address becomes the default; ticking "default" moves the
 * default here. Unticking it on the default does nothing: there is always exactly one default,
 * and it moves by choosing another.
 */
export async function saveAddress(db: DbOrTx, userId: string, data: SaveAddressData): Promise<SavedAddress> {
  const fields = {
    name: data.name,
    phone: data.phone,
    line1: data.line1,
    line2: data.line2 ?? null,
    landmark: data.landmark ?? null,
    city: data.city,
    state: data.state,
    pin: data.pin,
  }
  return db.transaction(async (tx) => {
    if (!(await lockAddressBook(tx, userId))) throw new ActionError('unauthenticated', 'Your session has ended. Sign in again to continue.')
    let row: AddressRow
    if (data.addressId) {
      const updated = await updateAddress(tx, { userId, addressId: data.addressId }, fields)
      if (!updated) throw gone()
      row = updated
    } else {
      const existing = await countAddresses(tx, userId)
      if (existing >= MAX_ADDRESSES) {
        throw new ActionError('conflict', `You can save up to ${MAX_ADDRESSES} addresses. Delete one you no longer use, then add this one.`)
      }
      row = await insertAddress(tx, userId, { ...fields, isDefault: existing === 0 })
    }
    if (data.isDefault && !row.isDefault) {
      await makeDefaultAddress(tx, { userId, addressId: row.id })
      row = { ...row, isDefault: true }
    }
    return toSaved(row)
  })
}

/** Deletes an address; when it was the default, the most recently changed one takes over. */
export async function deleteAddress(db: DbOrTx, scope: Scope): Promise<{ newDefaultId: string | null }> {
  if (!isUuid(scope.addressId)) throw gone()
  return db.transaction(async (tx) => {
    await lockAddressBook(tx, scope.userId)
    const deleted = await deleteAddressRow(tx, scope)
    if (!deleted) throw gone()
    if (!deleted.wasDefault) return { newDefaultId: null }
    const next = await latestAddressId(tx, scope.userId)
    if (next) await makeDefaultAddress(tx, { userId: scope.userId, addressId: next })
    return { newDefaultId: next }
  })
}

export async function setDefaultAddress(db: DbOrTx, scope: Scope): Promise<void> {
  if (!isUuid(scope.addressId)) throw gone()
  await db.transaction(async (tx) => {
    await lockAddressBook(tx, scope.userId)
    if (!(await makeDefaultAddress(tx, scope))) throw gone()
  })
}

// --- Serviceability ------------------------------------------------------------------------

export type PickupPin = { storeId: string; pickupPin: string; codEnabled: boolean }

export type DeliverabilityRequest = {
  /** One entry per store in the order group. */
  pickupPins: readonly PickupPin[]
  /** The buyer's PIN code, or one of their saved addresses (read in their scope). */
  address: { pin: string } | { userId: string; addressId: string }
  /** Packed weight of each store's parcel, by store id. */
  weightGrams: Readonly<Record<string, number>>
  /** Each store's order value (what COD would collect), by store id. */
  declaredValuePaise: Readonly<Record<string, number>>
  /** The buyer wants to pay on delivery: rates then include the courier's COD charge. */
  cod: boolean
}

export type StoreDeliverability = {
  storeId: string
  serviceable: boolean
  /** The lane takes cash, the store has COD on, and the order is within COD_LIMIT_PAISE. */
  codAvailable: boolean
  /** Why COD is not available, for the buyer; null when it is. */
  codReason: string | null
  etaDays: EtaDays | null
  /** Why the store cannot deliver here; null when it can. */
  reason: string | null
  /** The courier's charge to the seller (for carrier-rate shipping), COD charge included when it applies. */
  ratePaise: number | null
  /** The courier could not be asked just now: try again rather than tell the buyer "no". */
  retryable: boolean
}

export type DeliverabilityResult = {
  /** The PIN that was checked; null when the saved address was not the user's. */
  pin: string | null
  stores: StoreDeliverability[]
  allServiceable: boolean
  /** Every store can take cash on delivery (one payment covers the whole order group). */
  codAvailable: boolean
}

const notServiceable = (storeId: string, reason: string, retryable = false): StoreDeliverability => ({
  storeId, serviceable: false, codAvailable: false, codReason: reason, etaDays: null, reason, ratePaise: null, retryable,
})

const COURIER_DOWN = 'We couldn’t reach the courier just now. Try again in a minute.'

/**
 * Serviceability and cash on delivery for each store of an order group, before payment
 * (SPEC §3.3, §3.5). Asks the shipping service once per store, in parallel. A missing weight or
 * value is a programming error and throws RangeError; a courier outage marks the store retryable.
 */
export async function checkDeliverability(
  db: DbOrTx,
  request: DeliverabilityRequest,
  shipping: Pick<ShippingService, 'serviceability'> = getShipping(),
): Promise<DeliverabilityResult> {
  let pin: string | null
  if ('addressId' in request.address) {
    pin = (await getAddressForUser(db, request.address))?.pin ?? null
  } else {
    pin = request.address.pin.replace(/\s+/g, '')
  }
  const stores = await Promise.all(
    request.pickupPins.map(async (store): Promise<StoreDeliverability> => {
      const weightGrams = request.weightGrams[store.storeId]
      const valuePaise = request.declaredValuePaise[store.storeId]
      if (weightGrams === undefined || valuePaise === undefined) {
        throw new RangeError(`checkDeliverability: no weight or declared value for store ${store.storeId}`)
      }
      if (pin === null) return notServiceable(store.storeId, 'Choose one of your saved addresses.')
      if (!/^[1-9][0-9]{5}$/.test(pin)) return notServiceable(store.storeId, ADDRESS_PIN_MESSAGE)
      const storeAllowsCod = codVerdict({ laneAllowsCod: true, storeCodEnabled: store.codEnabled, orderPaise: valuePaise }).available
      let quote
      try {
        quote = await shipping.serviceability({
          pickupPin: store.pickupPin,
          deliveryPin: pin,
          weightGrams,
          // Ask for the COD rate only where COD can actually happen.
          cod: request.cod && storeAllowsCod,
          declaredValuePaise: valuePaise,
        })
      } catch (error) {
        if (error instanceof ShippingError) return notServiceable(store.storeId, COURIER_DOWN, true)
        throw error
      }
      if (!quote.serviceable) return notServiceable(store.storeId, quote.reason)
      const cod = codVerdict({ laneAllowsCod: quote.codAvailable, storeCodEnabled: store.codEnabled, orderPaise: valuePaise })
      return {
        storeId: store.storeId,
        serviceable: true,
        codAvailable: cod.available,
        codReason: cod.available ? null : cod.reason,
        etaDays: quote.etaDays,
        reason: null,
        ratePaise: quote.ratePaise,
        retryable: false,
      }
    }),
  )
  return {
    pin,
    stores,
    allServiceable: stores.every((s) => s.serviceable),
    codAvailable: stores.length > 0 && stores.every((s) => s.codAvailable),
  }
}

/**
 * The address form's live check: do couriers reach this PIN at all? Asked from a reference pickup
 * in New Delhi with a small parcel, since an address belongs to no store; checkout asks again per
 * store with checkDeliverability.
 */
export const REFERENCE_PICKUP_PIN = '110001'

export async function checkAddressPin(pin: string, shipping: Pick<ShippingService, 'serviceability'> = getShipping()): Promise<PinCheckResult> {
  const quote = await shipping.serviceability({ pickupPin: REFERENCE_PICKUP_PIN, deliveryPin: pin, weightGrams: 500, cod: false, declaredValuePaise: 1_000_00 })
  return quote.serviceable ? { pin, serviceable: true, codAvailable: quote.codAvailable } : { pin, serviceable: false, reason: quote.reason }
}
