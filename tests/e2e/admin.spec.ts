import { DEMO_ACCOUNTS } from '@/db/seed/data/accounts'
import { expect, signInViaApi, test } from './fixtures'

test('the demo admin signs in and sees the admin console', async ({ page }) => {
  await page.goto('/sign-in?callbackUrl=%2Fadmin')
  await page.getByLabel('Email or mobile number').fill(DEMO_ACCOUNTS.admin.email)
  await page.getByRole('textbox', { name: 'Password', exact: true }).fill(DEMO_ACCOUNTS.admin.password)
  await page.getByRole('button', { name: 'Sign in' }).click()
  await expect(page).toHaveURL(/\/admin$/)
  await expect(page.getByRole('heading', { name: 'Admin console' })).toBeVisible()
  await expect(page.getByRole('heading', { name: 'Stores awaiting approval' })).toBeVisible()
  await page.getByRole('button', { name: /account menu/i }).click()
  await expect(page.getByRole('menuitem', { name: 'Admin console' })).toBeVisible()
})

test('a buyer cannot open the admin console', async ({ page }) => {
  await signInViaApi(page, DEMO_ACCOUNTS.buyer.email, DEMO_ACCOUNTS.buyer.password)
  await page.goto('/admin')
  await expect(page).not.toHaveURL(/\/admin/)
  await expect(page.getByRole('heading', { name: 'Admin console' })).toHaveCount(0)
})
