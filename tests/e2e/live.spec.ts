import type { Browser, BrowserContext, Page } from '@playwright/test'
import { DEMO_ACCOUNTS } from '@/db/seed/data/accounts'
import { expect, signInViaApi, signUpViaUi, test, uniqueEmail } from './fixtures'

// SPEC §5–6 and §9.3 end to end on the embedded services: video goes browser to browser over
// WebRTC (Chromium's fake camera), signalled and fanned out by the embedded Pusher-protocol
// server, with the official pusher-js in every page.

const STORE = 'Jaipur Blue Pottery Co.'

async function contextWithCamera(browser: Browser): Promise<BrowserContext> {
  return browser.newContext({ permissions: ['camera', 'microphone'] })
}

/** "YYYY-MM-DDTHH:mm" in India time, for the datetime-local field. */
function istInputValue(date: Date): string {
  return new Date(date.getTime() + 5.5 * 3600_000).toISOString().slice(0, 16)
}

async function scheduleShow(host: Page, title: string): Promise<{ storeId: string; runList: string[] }> {
  await host.goto('/studio')
  const card = host.getByRole('listitem').filter({ has: host.getByRole('heading', { name: STORE }) })
  const href = (await card.getByRole('link').first().getAttribute('href')) ?? ''
  const storeId = /\/studio\/([0-9a-f-]{36})/.exec(href)?.[1]
  expect(storeId, 'the demo seller’s pottery store').toBeTruthy()
  await host.goto(`/studio/${storeId}/shows/new`)
  const form = host.getByRole('form', { name: 'Schedule a show' })
  await form.getByRole('textbox', { name: 'Title' }).fill(title)
  await form.getByLabel('Starts at (IST)').fill(istInputValue(new Date(Date.now() + 30 * 60_000)))
  const addButtons = form.getByRole('button', { name: /^Add / })
  await expect(addButtons.first()).toBeVisible()
  const runList: string[] = []
  for (let i = 0; i < 2; i++) {
    const button = addButtons.first()
    runList.push(((await button.getAttribute('aria-label')) ?? '').replace(/^Add /, ''))
    await button.click()
  }
  await form.getByRole('button', { name: 'Schedule show' }).click()
  await expect(host).toHaveURL(new RegExp(`/studio/${storeId}/shows/[0-9a-f-]{36}$`))
  return { storeId: storeId!, runList }
}

/** Two frames of the viewer's video, some time apart, differ: the picture is moving. */
async function expectMovingVideo(viewer: Page) {
  const video = viewer.getByTestId('viewer-video')
  await expect.poll(() => video.evaluate((v: HTMLVideoElement) => v.videoWidth), { timeout: 30_000 }).toBeGreaterThan(0)
  const frame = () =>
    video.evaluate((v: HTMLVideoElement) => {
      const canvas = document.createElement('canvas')
      canvas.width = 64
      canvas.height = 36
      const ctx = canvas.getContext('2d')!
      ctx.drawImage(v, 0, 0, 64, 36)
      return Array.from(ctx.getImageData(0, 0, 64, 36).data).join(',')
    })
  const first = await frame()
  await expect.poll(frame, { timeout: 10_000 }).not.toBe(first)
}

test('a host goes live, viewers chat and buy from the stream, a moderator deletes, and the replay has chapters', async ({ browser }) => {
  test.setTimeout(240_000)
  const title = `Blue pottery live ${Date.now().toString(36)}`

  const hostContext = await contextWithCamera(browser)
  const host = await hostContext.newPage()
  await signInViaApi(host, DEMO_ACCOUNTS.seller.email, DEMO_ACCOUNTS.seller.password)
  const { runList } = await scheduleShow(host, title)

  await host.getByRole('link', { name: 'Go to live console' }).click()
  await expect(host).toHaveURL(/\/live$/)
  await host.getByRole('button', { name: 'Turn on camera' }).click()
  await expect.poll(() => host.getByTestId('host-preview').evaluate((v: HTMLVideoElement) => v.videoWidth), { timeout: 20_000 }).toBeGreaterThan(0)
  await host.getByTestId('console-go-live').click()
  await expect(host.getByTestId('console-end-show')).toBeVisible({ timeout: 15_000 })

  // The console also works from a 360 px phone.
  const phoneConsole = await (await browser.newContext({ viewport: { width: 360, height: 780 }, isMobile: true, hasTouch: true })).newPage()
  await signInViaApi(phoneConsole, DEMO_ACCOUNTS.seller.email, DEMO_ACCOUNTS.seller.password)
  await phoneConsole.goto(new URL(host.url()).pathname)
  await expect(phoneConsole.getByTestId('console-end-show')).toBeVisible()
  expect(await phoneConsole.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0)
  await phoneConsole.context().close()

  // The show page became the live room: a buyer with a saved address, and a second viewer who signs up to chat.
  const slugUrl = (await host.getByRole('link', { name: 'Open the viewer’s page' }).getAttribute('href'))!
  expect(slugUrl).toMatch(/^\/live\//)
  const buyerContext = await browser.newContext()
  const buyer = await buyerContext.newPage()
  await signInViaApi(buyer, DEMO_ACCOUNTS.buyer.email, DEMO_ACCOUNTS.buyer.password)
  // The second viewer is on a 360 px phone.
  const chatterContext = await browser.newContext({ viewport: { width: 360, height: 780 }, isMobile: true, hasTouch: true })
  const chatter = await chatterContext.newPage()
  await signUpViaUi(chatter, { name: 'Kavya Iyer', identifier: uniqueEmail('viewer'), password: 'Chai4Everyone' })

  await buyer.goto(slugUrl)
  await chatter.goto(slugUrl)
  for (const viewer of [buyer, chatter]) await expect(viewer.getByTestId('chat-log')).toBeVisible()

  // Moving video from the host's fake camera reaches each viewer's browser.
  await expectMovingVideo(buyer)
  await expectMovingVideo(chatter)
  expect(await chatter.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0)

  // Chat: one viewer writes, the other reads it.
  const hello = `Is the big vase microwave safe? ${Date.now().toString(36)}`
  await chatter.getByTestId('chat-input').fill(hello)
  await chatter.getByRole('button', { name: 'Send message' }).click()
  await expect(buyer.getByTestId('chat-log')).toContainText(hello)
  await expect(host.getByTestId('chat-log')).toContainText(hello)

  // Spotlight: both viewers see the product within a second or two.
  const spotlightButton = host.locator('[data-testid^="spotlight-"]').first()
  await spotlightButton.click()
  await expect(spotlightButton).toHaveAttribute('aria-pressed', 'true')
  for (const viewer of [buyer, chatter]) await expect(viewer.getByTestId('spotlight-title')).toHaveText(runList[0]!, { timeout: 5_000 })
  await chatter.screenshot({ path: test.info().outputPath('phone-room.png'), fullPage: true })

  // Buying from the sheet over the stream, with the simulated UPI; the video stays on the page.
  await buyer.getByTestId('spotlight-buy').click()
  const sheet = buyer.getByTestId('buy-sheet')
  await expect(sheet.getByTestId('buy-total')).toHaveText(/₹/)
  await sheet.getByTestId('buy-pay').click()
  const gateway = buyer.frameLocator('iframe[title="Haat Pay (simulated)"]')
  await gateway.getByLabel('UPI ID').fill('success@razorpay')
  await gateway.getByRole('button', { name: /^Pay/ }).click()
  await expect(sheet.getByTestId('buy-done')).toBeVisible({ timeout: 20_000 })
  await expect(buyer).toHaveURL(slugUrl)
  await expect(buyer.getByTestId('viewer-video')).toBeVisible()

  // The host's console shows the order as it happens, and the room's ticker names the buyer.
  await expect(host.getByTestId('console-orders').getByRole('listitem')).toHaveCount(1, { timeout: 10_000 })
  await expect(host.getByTestId('console-stat-orders')).toHaveText('1')
  await expect(chatter.getByTestId('ticker')).toContainText('from Bengaluru just bought')

  // A moderator (the store owner) deletes the message: it disappears for everyone.
  const message = host.getByTestId('chat-log').getByTestId('chat-message').filter({ hasText: hello })
  await message.getByRole('button', { name: /Actions for/ }).click()
  await host.getByRole('menuitem', { name: 'Delete message' }).click()
  for (const page of [buyer, chatter, host]) await expect(page.getByTestId('chat-log')).not.toContainText(hello)

  // The show ends; its page becomes the replay with a chapter for the spotlighted product.
  await host.getByTestId('console-end-show').click()
  await host.getByTestId('console-end-show-confirm').click()
  // The console says so once the action has written the end (loading the page sooner races it):
  // in its stage panel, or — when the show's status event has already refreshed the page — as the
  // closed console's notice.
  await expect(host.getByText(/^(The|This) show has ended$/)).toBeVisible({ timeout: 15_000 })
  await buyer.goto(slugUrl)
  const chapters = buyer.getByTestId('replay-chapters')
  await expect(chapters).toBeVisible()
  await expect(chapters).toContainText(runList[0]!)

  await Promise.all([hostContext.close(), buyerContext.close(), chatterContext.close()])
})
