import { shortName } from './artwork'
import { REVIEW_TEMPLATES, SELLER_REPLIES } from './data/reviews'
import { GENERIC_VOCAB, REVIEW_VOCAB } from './data/review-vocab'
import type { Rng } from './random'

export type Stars = 1 | 2 | 3 | 4 | 5

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1)

function fill(template: string, words: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (match, key: string) => {
    const word = words[key.toLowerCase()]
    if (word === undefined) throw new Error(`review template has no word for ${match}`)
    return key[0] === key[0]?.toUpperCase() ? capitalise(word) : word
  })
}

/**
 * A short review in the voice of an Indian shopper: a template for the rating filled with what
 * buyers say about this kind of product. Some buyers leave only stars, or skip the title.
 */
export function writeReview(
  rng: Rng,
  input: { rating: Stars; productTitle: string; categoryPath: string; storeName: string },
): { title: string | null; body: string } {
  const vocab = REVIEW_VOCAB[input.categoryPath] ?? GENERIC_VOCAB
  const templates = REVIEW_TEMPLATES[input.rating]
  const [praise = '', praise2 = praise] = rng.sample(vocab.praise, 2)
  const words = {
    item: shortName(input.productTitle),
    noun: vocab.noun,
    store: input.storeName,
    praise,
    praise2,
    gripe: rng.pick(vocab.gripes),
    use: rng.pick(vocab.uses),
  }
  const title = rng.chance(0.85) ? rng.pick(templates.titles) : null
  if (input.rating >= 4 && rng.chance(0.1)) return { title, body: '' }
  return { title, body: fill(rng.pick(templates.bodies), words) }
}

/** The seller's answer: thanks for a good review, an apology and a way forward for a poor one. */
export function writeReply(rng: Rng, input: { rating: Stars; reviewerName: string }): string {
  const pool = input.rating >= 4 ? SELLER_REPLIES.positive : input.rating === 3 ? SELLER_REPLIES.mixed : SELLER_REPLIES.negative
  return fill(rng.pick(pool), { first: input.reviewerName.split(' ')[0] ?? input.reviewerName })
}
