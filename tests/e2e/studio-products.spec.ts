import crypto from 'node:crypto'
import sharp from 'sharp'
import { DEMO_ACCOUNTS } from '@/db/seed/data/accounts'
import type { Page } from '@playwright/test'
import { expect, signInViaApi, signUpViaUi, test, uniqueEmail } from './fixtures'

// Signing up, store approval, two uploads and the storefront in one story: give it room.
test.setTimeout(180_000)

test('a new seller lists a product with variants and photos, and it appears on the storefront', async ({ page, browser }) => {
  const suffix = crypto.randomBytes(3).toString('hex')
  const storeName = `Kutch Bandhani ${suffix}`
  const title = `Bandhani silk dupatta ${suffix}`

  await signUpViaUi(page, { name: 'Hetal Patel', identifier: uniqueEmail('studio'), password: 'Bandhani2026' })
  await openStore(page, storeName)

  const adminContext = await browser.newContext()
  const admin = await adminContext.newPage()
  await signInViaApi(admin, DEMO_ACCOUNTS.admin.email, DEMO_ACCOUNTS.admin.password)
  await admin.goto('/admin')
  await admin.getByRole('button', { name: `Approve ${storeName}` }).click()
  await expect(admin.getByRole('heading', { name: storeName })).toHaveCount(0)
  await adminContext.close()

  await page.goto('/studio')
  const card = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: storeName }) })
  await card.getByRole('link', { name: 'Add product' }).click()
  await expect(page.getByRole('heading', { name: 'Add product', level: 1 })).toBeVisible()

  await page.getByRole('textbox', { name: 'Title' }).fill(title)
  await expect(page.getByRole('textbox', { name: 'Web address' })).toHaveValue(`bandhani-silk-dupatta-${suffix}`)
  await page.getByLabel('Description').fill('Tied by hand in Bhuj.\n\n- Pure silk\n- Dry clean only')
  await page.getByRole('textbox', { name: 'Price (₹)', exact: true }).fill('1299')

  await page.getByRole('button', { name: 'Add options like size or colour' }).click()
  await addOption(page, 0, 'Size', ['S', 'M'])
  await page.getByRole('button', { name: 'Add another option' }).click()
  await addOption(page, 1, 'Colour', ['Red', 'Blue'])
  const variants = { 'S / Red': ['1299', '3'], 'S / Blue': ['1349', '2'], 'M / Red': ['1399', '4'], 'M / Blue': ['1449', '5'] }
  for (const [combo, [price, stock]] of Object.entries(variants)) {
    const row = page.getByRole('group', { name: combo })
    await row.getByLabel('Price (₹)', { exact: true }).fill(price!)
    await row.getByLabel('Stock', { exact: true }).fill(stock!)
  }
  await expect(page.getByText('14 in all variants')).toBeVisible()
  await page.getByRole('button', { name: 'Save product' }).click()

  await expect(page).toHaveURL(/\/products\/[0-9a-f-]{36}\?created=1$/)
  const editUrl = new URL(page.url()).pathname
  await expect(page.getByText('Product saved. Add photos below')).toBeVisible()

  // The second is a phone camera's photo, over the 10 MB upload limit: the browser shrinks it to
  // the stored width before sending, so every request stays under a serverless host's 4.5 MB.
  const phonePhoto = await cameraJpeg()
  expect(phonePhoto.length).toBeGreaterThan(10 * 1024 * 1024)
  const uploadBodies: number[] = []
  page.on('request', (request) => {
    if (request.method() === 'POST' && /\/api\/studio\/.+\/media$/.test(request.url())) uploadBodies.push(request.postDataBuffer()?.length ?? 0)
  })
  await page.getByLabel('Add photos or videos').setInputFiles([
    { name: 'red.png', mimeType: 'image/png', buffer: await solidPng('#b03a2e') },
    { name: 'IMG_2041.JPG', mimeType: 'image/jpeg', buffer: phonePhoto },
  ])
  const photos = page.getByRole('list', { name: 'Photos and videos, in order' }).getByRole('listitem')
  await expect(photos).toHaveCount(2)
  expect(uploadBodies).toHaveLength(2)
  for (const size of uploadBodies) expect(size).toBeLessThan(4.5 * 1024 * 1024)

  // A video goes from the browser straight to storage at a signed URL (here the local driver's),
  // not through our photo route, then is checked there and added.
  const puts: string[] = []
  page.on('request', (request) => {
    if (request.method() === 'PUT') puts.push(new URL(request.url()).pathname)
  })
  await page.getByLabel('Add photos or videos').setInputFiles([{ name: 'loom.mp4', mimeType: 'video/mp4', buffer: tinyMp4() }])
  await expect(photos).toHaveCount(3)
  await expect(photos.nth(2)).toContainText(/video/i)
  expect(puts).toEqual(['/api/storage/upload'])
  expect(uploadBodies).toHaveLength(2)

  // A host that refuses a body itself (Vercel, over 4.5 MB) answers in plain text: the seller
  // still gets a message to act on.
  const mediaRoute = /\/api\/studio\/.+\/media$/
  await page.route(mediaRoute, (route) => route.fulfill({ status: 413, contentType: 'text/plain', body: 'Request Entity Too Large' }))
  await page.getByLabel('Add photos or videos').setInputFiles([{ name: 'poster.png', mimeType: 'image/png', buffer: await solidPng('#f4d03f') }])
  await expect(page.getByRole('alert').filter({ hasText: 'poster.png' })).toContainText('That file is too large to send. Choose a smaller one')
  await page.unroute(mediaRoute)
  await expect(photos).toHaveCount(3)
  await page.getByRole('group', { name: 'S / Blue' }).getByLabel('Photo', { exact: true }).selectOption({ label: 'Photo 2' })
  await page.getByRole('radio', { name: /Public/ }).check()
  await page.getByRole('button', { name: 'Save changes' }).click()
  await expect(page.getByText('Changes saved')).toBeVisible()
  const slug = await page.getByRole('textbox', { name: 'Web address' }).inputValue()

  await page.goto(`/p/${slug}`)
  await expect(page.getByRole('heading', { name: title, level: 1 })).toBeVisible()
  await expect(page.getByText('₹1,299').first()).toBeVisible()

  // Another seller gets the same answer as for a page that does not exist.
  const otherContext = await browser.newContext()
  const other = await otherContext.newPage()
  await signInViaApi(other, DEMO_ACCOUNTS.seller2.email, DEMO_ACCOUNTS.seller2.password)
  const response = await other.goto(editUrl)
  expect(response?.status()).toBe(404)
  await expect(other.getByRole('heading', { name: "We couldn't find that page" })).toBeVisible()
  await expect(other.getByText(title)).toHaveCount(0)
  const storeId = editUrl.split('/')[2]
  expect((await other.request.get(`/api/studio/${storeId}/products/export`)).status()).toBe(404)
  await otherContext.close()
})

async function openStore(page: Page, name: string) {
  await page.goto('/studio/open')
  await page.getByLabel('Store name').fill(name)
  await page.getByLabel('About your store').fill('Bandhani and ajrakh from the workshops of Kutch, tied and printed by hand.')
  await page.getByLabel('Mobile number').fill('98765 11223')
  await page.getByLabel('Building, street').fill('7 Khatri Chowk')
  await page.getByLabel('City').fill('Bhuj')
  await page.getByLabel('State').selectOption('Gujarat')
  await page.getByLabel('PIN code').fill('370001')
  await page.getByLabel('PAN').fill('ABCDE1234F')
  await page.getByRole('button', { name: 'Submit for review' }).click()
  await expect(page).toHaveURL(/\/studio\?opened=1/)
}

async function addOption(page: Page, index: number, name: string, values: string[]) {
  await page.getByLabel('Option name').nth(index).fill(name)
  const input = page.getByRole('textbox', { name: 'Values', exact: true }).nth(index)
  for (const value of values) {
    await input.fill(value)
    await input.press('Enter')
    await expect(page.getByRole('button', { name: `Remove value ${value}` })).toBeVisible()
  }
}

/** The start of an MP4 (an `ftyp` box, brand isom) and some media data: what the upload check reads. */
function tinyMp4() {
  const ftyp = Buffer.concat([Buffer.from([0, 0, 0, 0x18]), Buffer.from('ftypisom'), Buffer.from([0, 0, 2, 0]), Buffer.from('isommp41')])
  const mdat = Buffer.concat([Buffer.from([0, 0, 0x10, 0x08]), Buffer.from('mdat'), Buffer.alloc(0x1000)])
  return Buffer.concat([ftyp, mdat])
}

/** A 4000 × 3000 photo with a camera's grain, as a phone saves it (about 12 MB). */
function cameraJpeg() {
  return sharp({ create: { width: 4000, height: 3000, channels: 3, background: '#808080', noise: { type: 'gaussian', mean: 128, sigma: 40 } } })
    .jpeg({ quality: 98 })
    .toBuffer()
}

function solidPng(colour: string) {
  return sharp({ create: { width: 640, height: 640, channels: 3, background: colour } }).png().toBuffer()
}
