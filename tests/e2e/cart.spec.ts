import type { Browser, Page } from '@playwright/test'
import { expect, signInViaApi, signUpViaUi, test, uniqueEmail } from './fixtures'

const password = 'Chai4Everyone'

type Picked = { href: string; title: string; store: string }

/** A fresh account, made in its own browser context so this page stays a guest. */
async function createAccount(browser: Browser): Promise<string> {
  const context = await browser.newContext()
  const email = uniqueEmail('cart')
  await signUpViaUi(await context.newPage(), { name: 'Kavya Iyer', identifier: email, password })
  await context.close()
  return email
}

/** In-stock products from two different stores (seeded demo data), found through category pages. */
async function productsFromTwoStores(page: Page): Promise<[Picked, Picked]> {
  const picked: Picked[] = []
  for (const category of ['/c/electronics', '/c/fashion/sarees', '/c/handicrafts', '/c/beauty']) {
    await page.goto(category)
    const hrefs = [...new Set(await page.locator('main article a[href^="/p/"]').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? '')))]
    for (const href of hrefs.slice(0, 6)) {
      await page.goto(href)
      if ((await page.getByTestId('product-stock').getAttribute('data-stock')) !== 'in_stock') continue
      if (!(await page.getByRole('button', { name: 'Add to cart' }).isEnabled())) continue
      const store = ((await page.locator('#seller-heading').textContent()) ?? '').trim()
      if (picked.some((p) => p.store === store)) continue
      picked.push({ href, store, title: ((await page.getByRole('heading', { level: 1 }).textContent()) ?? '').trim() })
      break
    }
    if (picked.length === 2) return [picked[0]!, picked[1]!]
  }
  throw new Error('Could not find in-stock products from two stores in the demo catalogue')
}

test('a guest fills a cart from two stores, changes a quantity in the drawer, and keeps it after signing in', async ({ page, browser }) => {
  test.slow()
  const email = await createAccount(browser)
  const [first, second] = await productsFromTwoStores(page)
  const drawer = page.getByRole('dialog', { name: 'Your cart' })

  await page.goto(first.href)
  await page.getByRole('button', { name: 'Add to cart' }).click()
  await expect(drawer).toBeVisible()
  await expect(drawer.locator('p[role="status"]')).toContainText(`Added ${first.title} to your cart.`)
  await drawer.getByRole('button', { name: 'Close cart' }).click()
  await expect(drawer).toBeHidden()
  await expect(page.getByRole('link', { name: 'Cart, 1 item' })).toBeVisible()

  await page.goto(second.href)
  await page.getByRole('button', { name: 'Add to cart' }).click()
  await expect(drawer).toBeVisible()
  await expect(drawer.getByRole('heading', { name: new RegExp(escapeRegExp(first.store)) })).toBeVisible()
  await expect(drawer.getByRole('heading', { name: new RegExp(escapeRegExp(second.store)) })).toBeVisible()
  await expect(drawer.getByTestId('cart-line')).toHaveCount(2)

  // The first line goes to 2 at once; the badge follows once the server has saved it.
  const firstLine = drawer.getByTestId('cart-line').filter({ hasText: first.title })
  await drawer.getByRole('button', { name: new RegExp(`^Increase quantity of ${escapeRegExp(first.title)}`) }).click()
  await expect(firstLine.getByTestId('cart-line-quantity')).toHaveText('2')
  await expect(drawer.locator('p[role="status"]')).toContainText(`${first.title}: quantity 2.`)
  await page.keyboard.press('Escape')
  await expect(drawer).toBeHidden()
  await expect(page.getByRole('link', { name: 'Cart, 3 items' })).toBeVisible()
  await expect(page.getByTestId('header-cart-count')).toHaveText('3')

  // The guest cart is a signed, httpOnly cookie until sign-in merges it into the account.
  const guestCookie = (await page.context().cookies()).find((c) => c.name === 'haat_cart')
  expect(guestCookie?.httpOnly).toBe(true)
  await signInViaApi(page, email, password)
  expect((await page.context().cookies()).some((c) => c.name === 'haat_cart')).toBe(false)

  await page.goto('/cart')
  await expect(page.getByRole('heading', { level: 1, name: 'Your cart' })).toBeVisible()
  await expect(page.getByRole('button', { name: /account menu/i })).toBeVisible()
  const lines = page.getByRole('main').getByTestId('cart-line')
  await expect(lines).toHaveCount(2)
  await expect(lines.filter({ hasText: first.title }).getByTestId('cart-line-quantity')).toHaveText('2')
  await expect(lines.filter({ hasText: second.title }).getByTestId('cart-line-quantity')).toHaveText('1')
  await expect(page.getByTestId('header-cart-count')).toHaveText('3')
  await expect(page.getByRole('link', { name: 'Checkout' })).toHaveAttribute('href', '/checkout')
})

test('Buy now sends a guest to sign in, then to checkout with that one item', async ({ page }) => {
  const [product] = await productsFromTwoStores(page)
  await page.goto(product.href)
  await page.getByRole('button', { name: 'Buy now' }).click()
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=/)
  const callback = new URL(page.url()).searchParams.get('callbackUrl') ?? ''
  expect(callback).toMatch(/^\/checkout\?buy=[0-9a-f-]{36}:([0-9a-f-]{36}|-):1$/)
  // Buy now leaves the cart alone: no guest cart cookie was written.
  expect((await page.context().cookies()).some((c) => c.name === 'haat_cart')).toBe(false)
})

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
