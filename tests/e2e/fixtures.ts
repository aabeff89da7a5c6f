import crypto from 'node:crypto'
import { test as base, expect, type Page } from '@playwright/test'

export { expect }

export function uniqueEmail(prefix = 'e2e') {
  return `${prefix}-${crypto.randomBytes(5).toString('hex')}@example.com`
}

/** A random valid Indian mobile number (starts 9, ten digits). */
export function uniqueMobile() {
  return `9${crypto.randomInt(100_000_000, 999_999_999)}`
}

/** Signs in through Auth.js's credentials endpoint, not the UI; the page's context gets the cookie. */
export async function signInViaApi(page: Page, identifier: string, password: string) {
  const csrf = await page.request.get('/api/auth/csrf')
  const { csrfToken } = (await csrf.json()) as { csrfToken: string }
  const response = await page.request.post('/api/auth/callback/credentials', {
    form: { csrfToken, identifier, password, callbackUrl: '/' },
    maxRedirects: 0,
  })
  expect(response.status(), 'credentials callback redirects').toBe(302)
  expect(response.headers().location ?? '', 'sign-in did not fail').not.toContain('error=')
}

/** Creates an account through the sign-up form, leaving the page signed in as it. */
export async function signUpViaUi(page: Page, account: { name: string; identifier: string; password: string }) {
  await page.goto('/sign-up')
  await page.getByLabel('Your name').fill(account.name)
  await page.getByLabel('Email or mobile number').fill(account.identifier)
  await page.getByRole('textbox', { name: 'Password', exact: true }).fill(account.password)
  await page.getByRole('button', { name: 'Create account' }).click()
  await expect(page).toHaveURL(/\/$/)
}

export const test = base
