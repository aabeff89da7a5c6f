'use server'

import { getDb } from '@/db'
import { ActionError, userAction } from '@/lib/actions/safe-action'
import { checkAddressPin, deleteAddress, saveAddress, setDefaultAddress, type PinCheckResult, type SavedAddress } from '@/lib/dal/addresses'
import { ShippingError } from '@/lib/services/shipping'
import { addressPinCheckSchema, addressRefSchema, saveAddressSchema } from '@/lib/validations/address'

// No revalidatePath here: the address book refreshes itself, and the checkout that embeds the
// form keeps its own state (a revalidation would re-render it mid-checkout).

/** Adds or edits one of the signed-in user's addresses; returns it as saved. */
export const saveAddressAction = userAction(
  saveAddressSchema,
  async (input, { user }): Promise<SavedAddress> => saveAddress(getDb(), user.id, input),
  { rateLimit: { name: 'address-save', limit: 30, windowSeconds: 600 } },
)

export const deleteAddressAction = userAction(addressRefSchema, async ({ addressId }, { user }) =>
  deleteAddress(getDb(), { userId: user.id, addressId }),
)

export const setDefaultAddressAction = userAction(addressRefSchema, async ({ addressId }, { user }) => {
  await setDefaultAddress(getDb(), { userId: user.id, addressId })
  return { defaultId: addressId }
})

/** The address form's live PIN-code check. */
export const checkAddressPinAction = userAction(
  addressPinCheckSchema,
  async ({ pin }): Promise<PinCheckResult> => {
    try {
      return await checkAddressPin(pin)
    } catch (error) {
      if (error instanceof ShippingError) throw new ActionError('server_error', 'We couldn’t check this PIN code just now. You can still save the address.')
      throw error
    }
  },
  // A few PIN codes per address; generous for typo corrections, tight for enumeration.
  { rateLimit: { name: 'address-pin-check', limit: 40, windowSeconds: 60 } },
)
