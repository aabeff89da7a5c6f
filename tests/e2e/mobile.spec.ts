import { expect, test } from './fixtures'

test('at 360 px the home page has no horizontal overflow and the header fits', async ({ page }) => {
  await page.goto('/')
  await expect(page.getByRole('heading', { name: 'Trending now' })).toBeVisible()
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
  expect(overflow).toBeLessThanOrEqual(0)
  await expect(page.getByRole('link', { name: 'Sign in', exact: true })).toBeVisible()
  await expect(page.getByRole('combobox', { name: /search/i }).first()).toBeVisible()
})

test('at 360 px the sign-up form is usable and shows field errors', async ({ page }) => {
  await page.goto('/sign-up')
  await page.getByRole('button', { name: 'Create account' }).click()
  await expect(page.getByText('Enter your name')).toBeVisible()
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
  expect(overflow).toBeLessThanOrEqual(0)
})
