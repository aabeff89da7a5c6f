import { expect, test } from './fixtures'

test('the home page shows demo products with images, shows and categories', async ({ page }) => {
  await page.goto('/')
  await expect(page.getByRole('heading', { name: 'Trending now' })).toBeVisible()
  const cards = page.locator('section[aria-labelledby="trending-heading"] a[href^="/p/"]')
  expect(await cards.count()).toBeGreaterThanOrEqual(8)
  await expect(page.getByRole('heading', { name: 'Starting soon' })).toBeVisible()
  await expect(page.getByRole('heading', { name: 'Shop by category' })).toBeVisible()

  const image = page.locator('section[aria-labelledby="trending-heading"] img').first()
  await expect(image).toBeVisible()
  expect(await image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true)
  await expect(page.locator('text=₹').first()).toBeVisible()
})

test('the search box in the header sends the query to the search page', async ({ page }) => {
  await page.goto('/')
  const search = page.getByRole('combobox', { name: /search/i }).first()
  await search.fill('saree')
  await search.press('Enter')
  await expect(page).toHaveURL(/\/search\?q=saree/)
})
