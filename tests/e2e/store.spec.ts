import crypto from 'node:crypto'
import { DEMO_ACCOUNTS } from '@/db/seed/data/accounts'
import { expect, signInViaApi, signUpViaUi, test, uniqueEmail } from './fixtures'

test('a new seller opens a store, sees it pending, and an admin approves it', async ({ page, browser }) => {
  const suffix = crypto.randomBytes(3).toString('hex')
  const storeName = `Chanderi Looms ${suffix}`
  await signUpViaUi(page, { name: 'Sunita Devi', identifier: uniqueEmail('seller'), password: 'Handloom2026' })

  await page.goto('/studio')
  await expect(page.getByRole('heading', { name: "You don't have a store yet" })).toBeVisible()
  await page.getByRole('link', { name: 'Open a store' }).last().click()
  await expect(page).toHaveURL(/\/studio\/open$/)

  await page.getByLabel('Store name').fill(storeName)
  await expect(page.getByLabel('Store address')).toHaveValue(`chanderi-looms-${suffix}`)
  await page.getByLabel('About your store').fill('Handwoven Chanderi sarees and dupattas straight from the looms of Madhya Pradesh.')
  await page.getByLabel('Mobile number').fill('98765 12345')
  await page.getByLabel('Building, street').fill('12 Weavers Colony')
  await page.getByLabel('City').fill('Chanderi')
  await page.getByLabel('State').selectOption('Madhya Pradesh')
  await page.getByLabel('PIN code').fill('47344')
  await page.getByLabel('PAN').fill('ABCDE1234F')
  await page.getByRole('button', { name: 'Submit for review' }).click()
  await expect(page.getByText('Enter a 6-digit PIN code, like 560001')).toBeVisible()
  await expect(page.getByLabel('About your store')).toHaveValue(/Handwoven Chanderi/)

  await page.getByLabel('PIN code').fill('473446')
  await page.getByRole('button', { name: 'Submit for review' }).click()
  await expect(page).toHaveURL(/\/studio\?opened=1/)
  await expect(page.getByRole('heading', { name: storeName })).toBeVisible()
  await expect(page.getByText('Pending approval')).toBeVisible()
  await expect(page.getByText('Waiting for approval')).toBeVisible()

  const adminContext = await browser.newContext()
  const admin = await adminContext.newPage()
  await signInViaApi(admin, DEMO_ACCOUNTS.admin.email, DEMO_ACCOUNTS.admin.password)
  await admin.goto('/admin')
  const card = admin.getByRole('listitem').filter({ has: admin.getByRole('heading', { name: storeName }) })
  await expect(card).toContainText('Sunita Devi')
  await card.getByRole('button', { name: `Approve ${storeName}` }).click()
  await expect(admin.getByRole('heading', { name: storeName })).toHaveCount(0)
  await adminContext.close()

  await page.reload()
  await expect(page.getByText('Approved', { exact: true })).toBeVisible()
})

test('a store address that is taken gets a field message with a suggestion', async ({ page }) => {
  await signUpViaUi(page, { name: 'Imran Khan', identifier: uniqueEmail('slug'), password: 'Bidri2026art' })
  await page.goto('/studio/open')
  await page.getByLabel('Store name').fill('Banarasi Weaves')
  await page.getByLabel('About your store').fill('Another store that wants the same address as a demo store.')
  await page.getByLabel('Mobile number').fill('9876501234')
  await page.getByLabel('Building, street').fill('4 Ghat Road')
  await page.getByLabel('City').fill('Varanasi')
  await page.getByLabel('State').selectOption('Uttar Pradesh')
  await page.getByLabel('PIN code').fill('221001')
  await page.getByLabel('PAN').fill('ABCDE1234F')
  await page.getByRole('button', { name: 'Submit for review' }).click()
  await expect(page.getByText('haat.in/s/banarasi-weaves is taken. Try banarasi-weaves-varanasi.')).toBeVisible()
})
