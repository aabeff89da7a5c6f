import type { Browser, Page } from '@playwright/test'
import { expect, signInViaApi, signUpViaUi, test, uniqueEmail, uniqueMobile } from './fixtures'

// SPEC §3–4 end to end on the embedded services: the simulated gateway at /dev/pay signs and
// delivers webhooks exactly as Razorpay does, and the simulated courier sends Shiprocket-shaped
// tracking webhooks from /dev/shipping.

const password = 'Chai4Everyone'
const SELLER_STORE = '/s/jaipur-blue-pottery-co'

/** An in-stock product of the seller@haat.dev store, from its public store page. */
async function sellerProduct(page: Page): Promise<{ href: string; title: string }> {
  await page.goto(SELLER_STORE)
  const hrefs = [...new Set(await page.locator('main a[href^="/p/"]').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? '')))]
  for (const href of hrefs) {
    await page.goto(href)
    if ((await page.getByTestId('product-stock').getAttribute('data-stock')) !== 'in_stock') continue
    if (!(await page.getByRole('button', { name: 'Add to cart' }).isEnabled())) continue
    return { href, title: ((await page.getByRole('heading', { level: 1 }).textContent()) ?? '').trim() }
  }
  throw new Error('No in-stock product without options in the demo pottery store')
}

async function addAddress(page: Page) {
  const form = page.getByRole('form', { name: 'New address' })
  await form.getByLabel('Full name').fill('Meera Nair')
  await form.getByLabel('Mobile number').fill(uniqueMobile())
  await form.getByLabel('Flat, house no., building, street').fill('14, 2nd Cross, Indiranagar')
  await form.getByLabel('Town or city').fill('Bengaluru')
  await form.getByLabel('State').selectOption('Karnataka')
  await form.getByLabel('PIN code').fill('560038')
  await form.getByRole('button', { name: /Save/ }).click()
  await expect(page.getByRole('radio', { name: /Meera Nair/ })).toBeChecked()
}

async function payWithUpi(page: Page, vpa = 'success@razorpay') {
  await page.getByRole('button', { name: /^Pay ₹/ }).click()
  const gateway = page.frameLocator('iframe[title="Haat Pay (simulated)"]')
  await gateway.getByLabel('UPI ID').fill(vpa)
  await gateway.getByRole('button', { name: /^Pay/ }).click()
}

async function newBuyer(page: Page) {
  const email = uniqueEmail('buyer')
  await signUpViaUi(page, { name: 'Meera Nair', identifier: email, password })
  return email
}

async function orderNumberFromComplete(page: Page): Promise<{ number: string; href: string }> {
  await expect(page).toHaveURL(/\/checkout\/complete\//)
  await expect(page.getByRole('heading', { level: 1, name: 'Thank you — your order is placed' })).toBeVisible({ timeout: 20_000 })
  const link = page.getByRole('list', { name: 'Orders in this checkout' }).getByRole('link').first()
  return { number: ((await link.textContent()) ?? '').trim(), href: (await link.getAttribute('href')) ?? '' }
}

async function adminPage(browser: Browser) {
  const context = await browser.newContext()
  const page = await context.newPage()
  await signInViaApi(page, 'admin@haat.dev', 'Admin@12345')
  return page
}

/** Signs in as seller@haat.dev in a new context and opens the order from its "New order" notification. */
async function openSellerOrder(browser: Browser, number: string): Promise<Page> {
  const seller = await (await browser.newContext()).newPage()
  await signInViaApi(seller, 'seller@haat.dev', 'Seller@12345')
  await seller.goto('/account/notifications')
  await seller.getByRole('link', { name: new RegExp(number) }).first().click()
  await expect(seller).toHaveURL(/\/studio\/[0-9a-f-]{36}\/orders\//)
  await expect(seller.getByRole('heading', { name: new RegExp(number) })).toBeVisible()
  return seller
}

test('a guest adds to the cart, signs up, pays with the simulated UPI and sees the order', async ({ page }) => {
  test.slow()
  const product = await sellerProduct(page)
  await page.getByRole('button', { name: 'Add to cart' }).click()
  await expect(page.getByRole('dialog', { name: 'Your cart' })).toBeVisible()

  await newBuyer(page)
  await page.goto('/checkout')
  await expect(page.getByRole('heading', { level: 1, name: 'Checkout' })).toBeVisible()
  await expect(page.getByRole('main')).toContainText(product.title)
  await addAddress(page)
  await payWithUpi(page)

  const order = await orderNumberFromComplete(page)
  await page.goto('/account/orders')
  await expect(page.getByRole('main')).toContainText(order.number)
  await page.goto('/cart')
  await expect(page.getByRole('heading', { name: 'Your cart is empty' })).toBeVisible()
})

test('a cash-on-delivery order is confirmed with the emailed code', async ({ page, browser }) => {
  test.slow()
  const email = await newBuyer(page)
  const product = await sellerProduct(page)
  await page.getByRole('button', { name: 'Buy now' }).click()
  await expect(page).toHaveURL(/\/checkout\?buy=/)
  await addAddress(page)
  await page.getByRole('radio', { name: /Cash on delivery/ }).check()
  await page.getByRole('button', { name: /^Place order/ }).click()
  await expect(page.getByRole('heading', { name: 'Confirm your cash-on-delivery order' })).toBeVisible()

  // The code went to the buyer's email; on this demo deployment the outbox is for admins.
  const admin = await adminPage(browser)
  await admin.goto('/dev/mail')
  const subject = await admin.getByRole('main').getByText(/is your Haat cash-on-delivery code/).first().textContent()
  await admin.context().close()
  const code = /(\d{6})/.exec(subject ?? '')?.[1]
  expect(code, `code for ${email}`).toBeTruthy()

  await page.getByLabel('Confirmation code').fill('000000' === code ? '111111' : '000000')
  await page.getByRole('button', { name: 'Confirm order' }).click()
  await expect(page.getByText("That code doesn't match.")).toBeVisible()
  await page.getByLabel('Confirmation code').fill(code!)
  await page.getByRole('button', { name: 'Confirm order' }).click()
  const order = await orderNumberFromComplete(page)
  await expect(page.getByRole('main')).toContainText('in cash when it arrives')
  expect(order.number).toMatch(/^HT-/)
  expect(product.title.length).toBeGreaterThan(0)
})

test('the seller ships an order, the courier delivers it, and the buyer returns it for a refund', async ({ page, browser }) => {
  test.slow()
  await newBuyer(page)
  const product = await sellerProduct(page)
  await page.getByRole('button', { name: 'Buy now' }).click()
  await addAddress(page)
  await payWithUpi(page)
  const order = await orderNumberFromComplete(page)

  // The seller packs and ships it: the courier is booked, the label printable.
  const seller = await openSellerOrder(browser, order.number)
  await seller.getByRole('button', { name: 'Pack order' }).click()
  await seller.getByRole('button', { name: 'Ship order' }).click()
  await expect(seller.getByRole('link', { name: 'Print label' })).toBeVisible({ timeout: 20_000 })
  await seller.context().close()

  // The courier's scans arrive by webhook; /dev/shipping moves the parcel.
  const admin = await adminPage(browser)
  await admin.goto('/dev/shipping')
  const parcel = admin.getByRole('list', { name: 'Simulated shipments' }).getByRole('listitem').filter({ hasText: order.number }).first()
  await parcel.getByRole('button', { name: 'Deliver now' }).click()
  await expect(parcel.getByText(/delivered/i).first()).toBeVisible({ timeout: 20_000 })
  await admin.context().close()

  await page.goto(order.href)
  await expect(page.getByRole('heading', { name: new RegExp(order.number) })).toBeVisible()
  await expect(async () => {
    await page.reload()
    await expect(page.getByRole('list', { name: 'Tracking timeline' })).toContainText('Delivered')
  }).toPass({ timeout: 20_000 })

  // A return within the window, approved by the seller and received: the refund goes back through the gateway.
  await page.getByRole('link', { name: 'Return items' }).click()
  await page.getByLabel('Why are you returning it?').selectOption({ index: 1 })
  await page.getByRole('button', { name: 'Request return' }).click()
  await expect(page.getByRole('main')).toContainText(/Return requested/i, { timeout: 20_000 })

  const seller2 = await openSellerOrder(browser, order.number)
  await seller2.getByRole('button', { name: 'Approve return' }).click()
  await expect(seller2.getByRole('button', { name: 'Mark return received' })).toBeVisible({ timeout: 20_000 })
  await seller2.getByRole('button', { name: 'Mark return received' }).click()
  await seller2.getByRole('button', { name: 'Confirm received' }).click()
  await expect(seller2.getByRole('main')).toContainText(/Returned|Refunded/, { timeout: 20_000 })
  await seller2.context().close()

  await expect(async () => {
    await page.goto(order.href)
    await expect(page.getByRole('main')).toContainText(/Refunded/)
  }).toPass({ timeout: 30_000 })
  expect(product.title.length).toBeGreaterThan(0)
})
