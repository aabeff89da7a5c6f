import { describe, expect, it } from 'vitest'
import {
  createReviewSchema,
  MAX_REVIEW_PHOTOS,
  parseAdminReportParams,
  parseProductReviewParams,
  parseStudioReviewParams,
  replyToReviewSchema,
  REVIEW_PHOTO_MAX_BYTES,
  reportReasonText,
  reportReviewSchema,
  type CreateReviewFormValues,
} from './review'

const ITEM = '6f1c1e9a-1111-4aaa-8bbb-000000000001'
const photo = (name: string, bytes: number) => new File([new Uint8Array(bytes)], name, { type: 'image/jpeg' })
const base: CreateReviewFormValues = { orderItemId: ITEM, rating: '4', title: '', body: '', photos: [] }

function errorsOf<T>(result: { success: true; data: T } | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } }) {
  return result.success ? {} : Object.fromEntries(result.error.issues.map((i) => [i.path.join('.'), i.message]))
}

describe('create review schema', () => {
  it('turns the star choice into a number and drops empty optional text', () => {
    const parsed = createReviewSchema.parse({ ...base, rating: '5', title: '  ', body: '  Lovely weave  ' })
    expect(parsed).toEqual({ orderItemId: ITEM, rating: 5, title: undefined, body: 'Lovely weave', photos: [] })
    expect(createReviewSchema.parse({ ...base, rating: 1, photos: undefined }).photos).toEqual([])
  })

  it('asks for a rating from 1 to 5 when none, or another value, is chosen', () => {
    for (const rating of ['', '0', '6', '3.5', 'five']) {
      expect(errorsOf(createReviewSchema.safeParse({ ...base, rating }))).toEqual({ rating: 'Choose a star rating from 1 to 5' })
    }
  })

  it('limits the title and body lengths on their own fields', () => {
    const errors = errorsOf(createReviewSchema.safeParse({ ...base, title: 'x'.repeat(121), body: 'y'.repeat(4001) }))
    expect(errors).toEqual({ title: 'Keep it under 120 characters', body: 'Keep your review under 4,000 characters' })
  })

  it('accepts four photos up to 5 MB and names the file that is too large', () => {
    const four = Array.from({ length: MAX_REVIEW_PHOTOS }, (_, i) => photo(`p${i}.jpg`, 10))
    expect(createReviewSchema.parse({ ...base, photos: four }).photos).toHaveLength(4)
    expect(createReviewSchema.safeParse({ ...base, photos: [photo('edge.jpg', REVIEW_PHOTO_MAX_BYTES)] }).success).toBe(true)
    expect(errorsOf(createReviewSchema.safeParse({ ...base, photos: [photo('big.jpg', REVIEW_PHOTO_MAX_BYTES + 1)] }))).toEqual({
      photos: 'big.jpg is 5.1 MB; photos can be up to 5 MB.',
    })
    expect(errorsOf(createReviewSchema.safeParse({ ...base, photos: [...four, photo('fifth.jpg', 10)] }))).toEqual({ photos: 'Add up to 4 photos; remove 1.' })
    expect(errorsOf(createReviewSchema.safeParse({ ...base, photos: [photo('blank.jpg', 0)] }))).toEqual({ photos: 'blank.jpg is empty. Choose another.' })
  })

  it('refuses an order line that is not an id', () => {
    expect(errorsOf(createReviewSchema.safeParse({ ...base, orderItemId: '12' }))).toEqual({ orderItemId: 'Choose an item from your delivered orders' })
  })
})

describe('reply and report schemas', () => {
  it('needs a real reply and keeps it short enough', () => {
    const ids = { storeId: ITEM, reviewId: ITEM }
    expect(replyToReviewSchema.parse({ ...ids, reply: '  Thank you!  ' }).reply).toBe('Thank you!')
    expect(errorsOf(replyToReviewSchema.safeParse({ ...ids, reply: ' ' }))).toEqual({ reply: 'Write a reply the buyer can read' })
    expect(errorsOf(replyToReviewSchema.safeParse({ ...ids, reply: 'x'.repeat(1501) }))).toEqual({ reply: 'Keep the reply under 1,500 characters' })
  })

  it('asks for details only when the reason is "something else"', () => {
    expect(reportReviewSchema.safeParse({ reviewId: ITEM, reason: 'spam', details: '' }).success).toBe(true)
    expect(errorsOf(reportReviewSchema.safeParse({ reviewId: ITEM, reason: 'other', details: 'bad' }))).toEqual({
      details: 'Tell us what is wrong (at least 5 characters)',
    })
    expect(errorsOf(reportReviewSchema.safeParse({ reviewId: ITEM, reason: 'rude' }))).toEqual({ reason: 'Choose why you are reporting this review' })
  })

  it('writes the reason the moderator reads', () => {
    expect(reportReasonText({ reason: 'spam' })).toBe('Spam or advertising')
    expect(reportReasonText({ reason: 'other', details: 'Mentions a competitor' })).toBe('Something else: Mentions a competitor')
  })
})

describe('list parameters', () => {
  it('reads a product page’s review state and falls back on anything odd', () => {
    expect(parseProductReviewParams({})).toEqual({ sort: 'newest', stars: null, shown: 10 })
    expect(parseProductReviewParams({ reviews_sort: 'lowest', reviews_stars: '2', reviews_shown: '20' })).toEqual({ sort: 'lowest', stars: 2, shown: 20 })
    expect(parseProductReviewParams({ reviews_sort: 'best', reviews_stars: '9', reviews_shown: '100000' })).toEqual({ sort: 'newest', stars: null, shown: 10 })
    expect(parseProductReviewParams({ reviews_shown: '25', reviews_stars: ['3', '4'] })).toEqual({ sort: 'newest', stars: 3, shown: 30 })
  })

  it('reads the studio and admin list state', () => {
    expect(parseStudioReviewParams({ filter: 'unanswered', rating: '1', page: '3' })).toEqual({ filter: 'unanswered', rating: 1, page: 3 })
    expect(parseStudioReviewParams({ filter: 'x', rating: '0', page: '-1' })).toEqual({ filter: 'all', rating: null, page: 1 })
    expect(parseAdminReportParams({ view: 'hidden', page: '2' })).toEqual({ view: 'hidden', page: 2 })
    expect(parseAdminReportParams({ view: 'closed' })).toEqual({ view: 'open', page: 1 })
  })
})
