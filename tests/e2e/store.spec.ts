import crypto from 'node:crypto'
import { DEMO_ACCOUNTS } from '@/db/seed/data/accounts'
import type { Page } from '@playwright/test'
import { expect, signInViaApi, signUpViaUi, test, uniqueEmail } from './fixtures'

test('a new seller opens a store, sees it pending, and an admin approves it', async ({ page, browser }) => {
  const suffix = crypto.randomBytes(3).toString('hex')
  const storeName = `Chanderi Looms ${suffix}`
  await signUpViaUi(page, { name: 'Sunita Devi', identifier: uniqueEmail('seller'), password: 'Handloom2026' })

  await page.goto('/studio')
  await expect(page.getByRole('heading', { name: "You don't have a store yet" })).toBeVisible()
  await page.getByRole('link', { name: 'Open a store' }).last().click()
  await expect(page).toHaveURL(/\/studio\/open$/)

  await fillStoreForm(page, {
    name: storeName,
    about: 'Handwoven Chanderi sarees and dupattas straight from the looms of Madhya Pradesh.',
    mobile: '98765 12345',
    street: '12 Weavers Colony',
    city: 'Chanderi',
    state: 'Madhya Pradesh',
    pin: '47344',
  })
  await expect(page.getByLabel('Store address')).toHaveValue(`chanderi-looms-${suffix}`)
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
  await fillStoreForm(page, {
    name: 'Banarasi Weaves',
    about: 'Another store that wants the same address as a demo store.',
    mobile: '9876501234',
    street: '4 Ghat Road',
    city: 'Varanasi',
    state: 'Uttar Pradesh',
    pin: '221001',
  })
  await page.getByRole('button', { name: 'Submit for review' }).click()
  await expect(page.getByText('haat.in/s/banarasi-weaves is taken. Try banarasi-weaves-varanasi.')).toBeVisible()
})

type StoreForm = { name: string; about: string; mobile: string; street: string; city: string; state: string; pin: string }

async function fillStoreForm(page: Page, form: StoreForm) {
  await page.getByLabel('Store name').fill(form.name)
  await page.getByLabel('About your store').fill(form.about)
  await page.getByLabel('Mobile number').fill(form.mobile)
  await page.getByLabel('Building, street').fill(form.street)
  await page.getByLabel('City').fill(form.city)
  await page.getByLabel('State').selectOption(form.state)
  await page.getByLabel('PIN code').fill(form.pin)
  await page.getByLabel('PAN').fill('ABCDE1234F')
}
