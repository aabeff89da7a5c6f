/**
 * Review and reply templates, by star rating. Placeholders: {item} the product's short name,
 * {noun} what buyers call it, {store} the shop, {praise}/{praise2} and {gripe} from the
 * category's vocabulary (data/review-vocab.ts), {use} what it was bought for, {first} the
 * reviewer's first name. A capitalised placeholder ({Praise}) starts a sentence.
 */
export type ReviewTemplates = { titles: readonly string[]; bodies: readonly string[] }

export const REVIEW_TEMPLATES: Readonly<Record<1 | 2 | 3 | 4 | 5, ReviewTemplates>> = {
  5: {
    titles: ['Excellent!', 'Loved it', 'Worth every rupee', 'Superb quality', 'Highly recommended', 'Just as shown', 'Very happy', 'Beautiful'],
    bodies: [
      'Bought the {item} {use}. {Praise}. Very happy with the purchase.',
      '{Praise}. Delivery was before time and the packing was very good.',
      'Second order from {store} and again no complaints. {Praise}, and {praise2}.',
      'Saw this in the live and ordered immediately. {Praise}. Thank you {store}!',
      'Ordered {use} and everyone loved it. {Praise}.',
      'Excellent {noun}. {Praise}. Will definitely order again.',
    ],
  },
  4: {
    titles: ['Good product', 'Value for money', 'Nice', 'Pretty good', 'Satisfied', 'Good quality'],
    bodies: [
      'Good {noun} for the price. {Praise}, only {gripe}.',
      '{Praise}. Giving four stars because {gripe}.',
      'Bought it {use}. {Praise}. Delivery took a day longer than promised.',
      'Nice {noun}, {praise}. Overall satisfied.',
      '{Praise}, and {praise2}. One star less because {gripe}.',
    ],
  },
  3: {
    titles: ['Average', 'Okay for the price', 'Decent', 'Could be better', 'Mixed feelings'],
    bodies: [
      'Average. {Praise}, but {gripe}.',
      'Okay for the price. {Gripe}.',
      'The {noun} is decent but {gripe}. Expected a little more from {store}.',
      'Not bad, not great. {Praise}, however {gripe}.',
    ],
  },
  2: {
    titles: ['Not as expected', 'Disappointed', 'Not worth it', 'Quality issue'],
    bodies: [
      '{Gripe}. Expected better for this price.',
      'Not as shown in the live. {Gripe}.',
      'Disappointed with the {noun}. {Gripe}, and the packing was also average.',
    ],
  },
  1: {
    titles: ['Very disappointed', 'Poor quality', 'Do not buy'],
    bodies: [
      'Very disappointed. {Gripe}. I have asked the seller for a replacement.',
      'Poor quality. {Gripe}. Not worth the money at all.',
    ],
  },
}

/** Seller replies: thanks for good reviews, an apology and a way forward for poor ones. */
export const SELLER_REPLIES = {
  positive: [
    'Thank you so much, {first}! So happy you liked it. Do join our next live for new arrivals.',
    'Thank you for the lovely review, {first}. Reviews like yours keep our artisans going!',
    'Dhanyavaad {first}! We are glad it reached you safely. Happy to have you as a customer.',
    'Thank you {first}! Please share a photo with us on Instagram, we would love to see it.',
  ],
  mixed: [
    'Thank you for the honest feedback, {first}. We have noted it and will do better with the next batch.',
    'Thanks {first}. Sorry it was not perfect; please message us from your order page and we will help.',
  ],
  negative: [
    'We are really sorry, {first}. Please write to us with your order number and we will send a replacement at no cost.',
    'Sorry about this, {first}. This is not our usual standard; our team will call you to sort it out.',
    'Apologies {first}. We have shared your photos with our quality team. Please write to us so we can make it right.',
  ],
} as const
