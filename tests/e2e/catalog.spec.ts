import { DEMO_ACCOUNTS } from '@/db/seed/data/accounts'
import type { Page } from '@playwright/test'
import { expect, signInViaApi, test } from './fixtures'

type Offer = { '@type': 'Offer'; name?: string; price: string; availability: string; url: string }
type ProductLd = { '@type': 'Product'; name: string; offers: Offer | { '@type': 'AggregateOffer'; offers: Offer[] } }

const rupees = new Intl.NumberFormat('en-IN', { style: 'currency', currency: 'INR', maximumFractionDigits: 2, minimumFractionDigits: 0 })

async function productLd(page: Page): Promise<ProductLd> {
  const scripts = await page.locator('script[type="application/ld+json"]').allTextContents()
  const nodes = scripts.flatMap((text) => {
    const data = JSON.parse(text) as unknown
    return Array.isArray(data) ? data : [data]
  }) as { '@type': string }[]
  const product = nodes.find((node) => node['@type'] === 'Product')
  expect(product, 'the page has Product JSON-LD').toBeTruthy()
  return product as ProductLd
}

/** Product links of a listing page, in order. */
async function productLinks(page: Page, path: string): Promise<string[]> {
  await page.goto(path)
  const hrefs = await page.locator('main a[href^="/p/"]').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''))
  return [...new Set(hrefs)]
}

test('a shopper opens a product from the home page and sees its details and structured data', async ({ page }) => {
  await page.goto('/')
  const card = page.locator('section[aria-labelledby="trending-heading"] article').first()
  const title = (await card.getByRole('heading').textContent())?.trim() ?? ''
  await card.getByRole('heading').getByRole('link').click()
  await expect(page).toHaveURL(/\/p\/[a-z0-9-]+$/)
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible()
  await expect(page.getByTestId('product-price')).toContainText('₹')
  await expect(page.getByTestId('product-stock')).toHaveText(/In stock|Only \d+ left|Out of stock/)
  await expect(page.getByRole('region', { name: /./ }).filter({ hasText: 'Sold by' }).getByRole('link')).toHaveAttribute('href', /^\/s\//)
  await expect(page.getByRole('heading', { name: 'Specifications' })).toBeVisible()

  const ld = await productLd(page)
  expect(ld.name).toBe(title)
  const offers = ld.offers['@type'] === 'AggregateOffer' ? ld.offers.offers : [ld.offers]
  expect(offers.length).toBeGreaterThan(0)
  expect(offers.every((o) => /^\d+\.\d{2}$/.test(o.price))).toBe(true)
  const canonical = await page.locator('link[rel="canonical"]').getAttribute('href')
  expect(canonical).toMatch(new RegExp(`${new URL(page.url()).pathname}$`))
})

test('choosing a variant updates the price, the stock line and the shareable URL', async ({ page }) => {
  test.slow()
  let chosen: { offer: Offer; values: string[] } | null = null
  for (const href of await productLinks(page, '/c/fashion/kurtas-kurtis')) {
    await page.goto(href)
    const ld = await productLd(page)
    if (ld.offers['@type'] !== 'AggregateOffer') continue
    const shown = (await page.getByTestId('product-price').textContent()) ?? ''
    const offer = ld.offers.offers.find((o) => o.availability.endsWith('InStock') && rupees.format(Number(o.price)) !== shown)
    if (offer?.name) {
      chosen = { offer, values: offer.name.split(' / ') }
      break
    }
  }
  expect(chosen, 'a kurta whose variants have different prices').not.toBeNull()
  const { offer, values } = chosen!
  for (const value of values) await page.getByRole('radio', { name: value, exact: true }).check()

  const variantId = new URL(offer.url).searchParams.get('variant')
  await expect(page).toHaveURL(new RegExp(`variant=${variantId}`))
  await expect(page.getByTestId('product-price')).toHaveText(rupees.format(Number(offer.price)))
  await expect(page.getByTestId('product-stock')).toHaveText(/In stock|Only \d+ left/)

  // The URL is shareable: opening it shows the same variant.
  await page.reload()
  await expect(page.getByTestId('product-price')).toHaveText(rupees.format(Number(offer.price)))
  for (const value of values) await expect(page.getByRole('radio', { name: value, exact: true })).toBeChecked()
})

test('a sold-out product says so', async ({ page }) => {
  test.slow()
  for (const path of ['/c/fashion', '/c/electronics', '/c/home-kitchen', '/c/beauty', '/c/handicrafts']) {
    await page.goto(path)
    const soldOut = page.locator('article[data-out-of-stock]').first()
    if ((await soldOut.count()) === 0) continue
    await soldOut.getByRole('heading').getByRole('link').click()
    await expect(page.getByTestId('product-stock')).toHaveText('Out of stock')
    return
  }
  throw new Error('No sold-out product in the first page of any root category')
})

test('the delivery estimate checks a PIN code and explains failures', async ({ page }) => {
  const [href] = await productLinks(page, '/c/fashion/sarees')
  await page.goto(href!)
  const pin = page.getByRole('textbox', { name: 'PIN code' })
  const result = page.getByTestId('delivery-result')

  await pin.fill('4110')
  await page.getByRole('button', { name: 'Check' }).click()
  await expect(page.getByText('Enter a 6-digit PIN code, like 560001')).toBeVisible()

  await pin.fill('411001')
  await page.getByRole('button', { name: 'Check' }).click()
  await expect(result).toContainText(/Delivery by \w{3}, \d{1,2} \w{3}/)
  await expect(result).toContainText(/COD (not )?available/)

  // The PIN is remembered for the next product page.
  await page.goto(href!)
  await expect(pin).toHaveValue('411001')
  await expect(result).toContainText('Delivery by')
})

test('a category page paginates with links and keeps the sort', async ({ page }) => {
  await page.goto('/c/fashion')
  await expect(page.getByRole('heading', { level: 1, name: 'Fashion' })).toBeVisible()
  await expect(page.getByRole('navigation', { name: 'Breadcrumb' })).toContainText('Home')
  await expect(page.getByRole('navigation', { name: 'Shop within Fashion' }).getByRole('link', { name: 'Sarees' })).toBeVisible()
  const firstPage = await page.locator('main article h3').allTextContents()
  expect(firstPage.length).toBe(24)

  await page.getByRole('navigation', { name: 'Pagination' }).getByRole('link', { name: /Next/ }).click()
  await expect(page).toHaveURL(/\/c\/fashion\?page=2$/)
  await expect(page.getByTestId('result-count')).toContainText('page 2 of')
  const secondPage = await page.locator('main article h3').allTextContents()
  expect(secondPage.length).toBeGreaterThan(0)
  expect(secondPage.some((title) => firstPage.includes(title))).toBe(false)

  await page.getByRole('navigation', { name: 'Sort products' }).getByRole('link', { name: 'Price: low to high' }).click()
  await expect(page).toHaveURL(/\/c\/fashion\?sort=price-asc$/)
  const prices = await page.locator('main article').getByText(/^₹[\d,]+(\.\d{2})?$/).evaluateAll((els) =>
    els.filter((el) => el.tagName === 'SPAN').map((el) => Number((el.textContent ?? '').replace(/[₹,]/g, ''))),
  )
  expect(prices.length).toBeGreaterThan(1)
  expect([...prices].sort((a, b) => a - b)).toEqual(prices)
  await page.getByRole('navigation', { name: 'Pagination' }).getByRole('link', { name: /Next/ }).click()
  await expect(page).toHaveURL(/\/c\/fashion\?sort=price-asc&page=2$/)

  const missing = await page.goto('/c/fashion/no-such-category')
  expect(missing?.status()).toBe(404)
})

test('a signed-in buyer saves a product to the wishlist and removes it', async ({ page }) => {
  await signInViaApi(page, DEMO_ACCOUNTS.buyer.email, DEMO_ACCOUNTS.buyer.password)
  const links = await productLinks(page, '/c/beauty')
  // A product the other tests don't touch, so parallel runs don't share its state.
  await page.goto(links.at(-1)!)
  const title = (await page.getByRole('heading', { level: 1 }).textContent())?.trim() ?? ''
  const save = page.getByRole('button', { name: 'Save to wishlist', exact: true })
  if ((await save.getAttribute('aria-pressed')) === 'true') {
    await save.click()
    await expect(save).toHaveAttribute('aria-pressed', 'false')
  }

  await save.click()
  await expect(save).toHaveAttribute('aria-pressed', 'true')
  await expect(page.getByRole('link', { name: /View your wishlist/ })).toBeVisible()
  // The heart changes at once; wait for the server's answer before reloading.
  await expect(page.getByText(`${title} saved to your wishlist`)).toBeAttached()
  await page.reload()
  await expect(save).toHaveAttribute('aria-pressed', 'true')

  await page.goto('/wishlist')
  await expect(page.getByRole('heading', { level: 1, name: 'Your wishlist' })).toBeVisible()
  const heart = page.getByRole('button', { name: `Save ${title} to wishlist` })
  await expect(heart).toHaveAttribute('aria-pressed', 'true')
  await heart.click()
  await expect(heart).toHaveAttribute('aria-pressed', 'false')
  await expect(page.getByText(`${title} removed from your wishlist`)).toBeAttached()
  await page.reload()
  await expect(page.getByRole('heading', { name: title })).toHaveCount(0)
})

test('signed-out visitors are sent to sign in to save, and come back to the product', async ({ page }) => {
  const [href] = await productLinks(page, '/c/handicrafts')
  await page.goto(href!)
  await page.getByRole('link', { name: 'Sign in to save', exact: true }).click()
  await expect(page).toHaveURL(new RegExp(`/sign-in\\?callbackUrl=${encodeURIComponent(href!)}`))
})

test('recently viewed products follow a guest to the home page', async ({ page }) => {
  const links = await productLinks(page, '/c/electronics')
  await page.goto(links[0]!)
  const title = (await page.getByRole('heading', { level: 1 }).textContent())?.trim() ?? ''
  // The browser records the view once the page is interactive.
  await expect.poll(async () => (await page.context().cookies()).some((c) => c.name === 'haat_recent')).toBe(true)
  await page.goto('/')
  const rail = page.getByRole('region', { name: 'Recently viewed' })
  await expect(rail.getByRole('heading', { name: title })).toBeVisible()
})
