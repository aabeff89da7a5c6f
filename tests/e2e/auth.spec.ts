import { DEMO_ACCOUNTS } from '@/db/seed/data/accounts'
import type { Browser } from '@playwright/test'
import { expect, signInViaApi, signUpViaUi, test, uniqueEmail, uniqueMobile } from './fixtures'

const password = 'Chai4Everyone'

test.describe('accounts', () => {
  test('a shopper signs up with email, is signed in, signs out and signs back in', async ({ page }) => {
    const email = uniqueEmail('shopper')
    await signUpViaUi(page, { name: 'Priya Raman', identifier: email, password })
    const account = page.getByRole('button', { name: /account menu/i })
    await expect(account).toBeVisible()

    await account.click()
    await page.getByRole('menuitem', { name: 'Sign out' }).click()
    await expect(page.getByRole('link', { name: 'Sign in', exact: true })).toBeVisible()

    await page.getByRole('link', { name: 'Sign in', exact: true }).click()
    await page.getByLabel('Email or mobile number').fill(email.toUpperCase())
    await page.getByRole('textbox', { name: 'Password', exact: true }).fill(password)
    await page.getByRole('button', { name: 'Sign in' }).click()
    await expect(page).toHaveURL(/\/$/)
    await expect(page.getByRole('button', { name: /account menu/i })).toBeVisible()
  })

  test('before its script runs, the sign-in form cannot be submitted, so a password never lands in a URL', async ({ browser }) => {
    // Without JavaScript the page is exactly the server's HTML, as it is before hydration.
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto('/sign-in')
    await page.getByLabel('Email or mobile number').fill(DEMO_ACCOUNTS.buyer.email)
    await page.getByRole('textbox', { name: 'Password', exact: true }).fill(DEMO_ACCOUNTS.buyer.password)
    await expect(page.getByRole('button', { name: 'Sign in', exact: true })).toBeDisabled()
    await page.getByRole('textbox', { name: 'Password', exact: true }).press('Enter')
    await expect(page).toHaveURL(/\/sign-in$/)
    await context.close()
  })

  test('a shopper signs up with a mobile number', async ({ page }) => {
    const mobile = uniqueMobile()
    await signUpViaUi(page, { name: 'Rahul Verma', identifier: `+91 ${mobile.slice(0, 5)} ${mobile.slice(5)}`, password })
    await page.goto('/account')
    await expect(page.getByText(`+91 ${mobile.slice(0, 5)} ${mobile.slice(5)}`, { exact: true })).toBeVisible()
  })

  test('a duplicate email, a malformed phone and a weak password each get a clear message, keeping what was typed', async ({ page }) => {
    await page.goto('/sign-up')
    await page.getByLabel('Your name').fill('Asha')
    await page.getByLabel('Email or mobile number').fill('12345')
    await page.getByRole('textbox', { name: 'Password', exact: true }).fill('short')
    await page.getByRole('button', { name: 'Create account' }).click()
    await expect(page.getByText('Enter a valid 10-digit Indian mobile number, like 98765 43210')).toBeVisible()
    await expect(page.getByText('Use at least 8 characters')).toBeVisible()
    await expect(page.getByLabel('Your name')).toHaveValue('Asha')

    await page.getByLabel('Email or mobile number').fill(DEMO_ACCOUNTS.buyer.email)
    await page.getByRole('textbox', { name: 'Password', exact: true }).fill(password)
    await page.getByRole('button', { name: 'Create account' }).click()
    await expect(page.getByText('An account with this email already exists. Sign in instead, or reset your password.')).toBeVisible()
    await expect(page.getByLabel('Email or mobile number')).toHaveValue(DEMO_ACCOUNTS.buyer.email)
    await expect(page.getByLabel('Email or mobile number')).toHaveAttribute('aria-invalid', 'true')
  })

  test('a wrong password is refused with a clear message', async ({ page }) => {
    await page.goto('/sign-in')
    await page.getByLabel('Email or mobile number').fill(DEMO_ACCOUNTS.buyer.email)
    await page.getByRole('textbox', { name: 'Password', exact: true }).fill('not-the-password-1')
    await page.getByRole('button', { name: 'Sign in' }).click()
    await expect(page.getByText('The email, mobile number or password is incorrect.')).toBeVisible()
    await expect(page.getByLabel('Email or mobile number')).toHaveValue(DEMO_ACCOUNTS.buyer.email)
    await expect(page).toHaveURL(/\/sign-in/)
  })

  test('a forgotten password is reset through the emailed link', async ({ page, browser }) => {
    const email = uniqueEmail('forgetful')
    await signUpViaUi(page, { name: 'Kabir Das', identifier: email, password })
    await page.context().clearCookies()

    await page.goto('/forgot-password')
    await page.getByLabel('Email address').fill(email)
    await page.getByRole('button', { name: 'Send reset link' }).click()
    await expect(page.getByText(`If ${email} belongs to a Haat account`)).toBeVisible()

    // On a production build the outbox is for admins only: reset links must not leak.
    await page.goto('/dev/mail')
    await expect(page).toHaveURL(/\/sign-in/)
    const href = await readResetLink(browser, email)
    expect(href).toContain('/reset-password?token=')
    await page.goto(href!)

    const newPassword = 'Masala2Dosa'
    await page.getByLabel('New password').fill(newPassword)
    await page.getByLabel('Type it again').fill(newPassword)
    await page.getByRole('button', { name: 'Set new password' }).click()
    await expect(page.getByText('Your password is changed.')).toBeVisible()

    await page.getByLabel('Email or mobile number').fill(email)
    await page.getByRole('textbox', { name: 'Password', exact: true }).fill(newPassword)
    await page.getByRole('button', { name: 'Sign in' }).click()
    await expect(page.getByRole('button', { name: /account menu/i })).toBeVisible()

    // The link works once.
    await page.context().clearCookies()
    await page.goto(href!)
    await page.getByLabel('New password').fill('Another1Pass')
    await page.getByLabel('Type it again').fill('Another1Pass')
    await page.getByRole('button', { name: 'Set new password' }).click()
    await expect(page.getByText('This reset link has expired or was already used.').first()).toBeVisible()
  })

  test('signed-out visitors are sent to sign in, and back afterwards', async ({ page }) => {
    await page.goto('/account')
    await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Faccount/)
    await page.getByLabel('Email or mobile number').fill(DEMO_ACCOUNTS.buyer.email)
    await page.getByRole('textbox', { name: 'Password', exact: true }).fill(DEMO_ACCOUNTS.buyer.password)
    await page.getByRole('button', { name: 'Sign in' }).click()
    await expect(page).toHaveURL(/\/account$/)
    await expect(page.getByRole('heading', { name: 'Your account' })).toBeVisible()
  })
})

async function readResetLink(browser: Browser, email: string): Promise<string> {
  const context = await browser.newContext()
  const admin = await context.newPage()
  await signInViaApi(admin, DEMO_ACCOUNTS.admin.email, DEMO_ACCOUNTS.admin.password)
  await admin.goto('/dev/mail')
  await admin.getByRole('link', { name: new RegExp(`${email.replace(/[.+]/g, '\\$&')}.*password`, 'i') }).first().click()
  const href = await admin.getByRole('link', { name: /reset-password\?token=/ }).first().getAttribute('href')
  await context.close()
  return new URL(href!).pathname + new URL(href!).search
}
