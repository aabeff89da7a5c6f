/**
 * What buyers say about each kind of product, by category path: the word they use for it, what
 * they like, what they complain about, and what they bought it for. review-text.ts combines these
 * with the templates in data/reviews.ts.
 */
export type ReviewVocab = {
  noun: string
  praise: readonly string[]
  gripes: readonly string[]
  uses: readonly string[]
}

const GIFT_USES = ['as a gift for my mother', 'for my sister’s birthday', 'as a housewarming gift', 'for Diwali gifting']

export const REVIEW_VOCAB: Readonly<Record<string, ReviewVocab>> = {
  'fashion/sarees': {
    noun: 'saree',
    praise: ['the zari work is neat and the fall is lovely', 'the colour is exactly as shown in the live', 'the fabric feels rich and the blouse piece is generous', 'the weave is very fine, you can tell it is handloom'],
    gripes: ['the colour is a shade darker than in the photos', 'a few zari threads were loose near the pallu', 'it needed a proper fall and pico before wearing', 'the fabric is thinner than I expected for the price'],
    uses: ['for my cousin’s wedding', 'for Durga Puja', 'for my mother’s 60th birthday', 'for a family function'],
  },
  'fashion/kurtas-kurtis': {
    noun: 'kurta',
    praise: ['the fitting is perfect and the stitching is neat', 'the fabric is soft and breathable, good for summer', 'the embroidery is even better in person', 'the colour did not bleed in the first wash'],
    gripes: ['the size runs a little small, order one size up', 'the colour faded slightly after two washes', 'the dupatta is thinner than it looked', 'a few threads were hanging at the hem'],
    uses: ['for office wear', 'for Eid', 'for a friend’s mehendi', 'for daily wear'],
  },
  'fashion/mens-ethnic': {
    noun: 'outfit',
    praise: ['the fit across the shoulders is spot on', 'the brocade looks very royal', 'the buttons and lining are good quality', 'got many compliments at the function'],
    gripes: ['the sleeves were a bit long and needed alteration', 'the fabric creases very easily', 'the colour is slightly different from the photos'],
    uses: ['for my brother’s wedding', 'for the sangeet', 'for Diwali'],
  },
  'fashion/footwear': {
    noun: 'pair',
    praise: ['very comfortable from the first day', 'the leather is soft and the embroidery is neat', 'the sizing is accurate', 'they look even prettier in person'],
    gripes: ['they were tight for the first few days', 'the sole is a little hard', 'one side had a small glue mark'],
    uses: ['for my wedding functions', 'for daily wear', 'for Navratri'],
  },
  'fashion/jewellery': {
    noun: 'piece',
    praise: ['the finish is very neat and it looks expensive', 'it is light and comfortable to wear all day', 'the stones are well set', 'came in a nice box, ready to gift'],
    gripes: ['the hook is a little weak', 'the plating has started to dull near the clasp', 'it is smaller than it looked in the live'],
    uses: ['for my engagement', 'for my daughter', 'for a wedding reception'],
  },
  'electronics/phones': {
    noun: 'phone',
    praise: ['battery easily lasts a full day', 'the camera is very good in daylight', 'it feels premium in the hand', 'the display is bright and smooth'],
    gripes: ['it heats up a little while charging', 'the charger was not included in the box', 'it gets warm while gaming'],
    uses: ['for my father', 'as a second phone', 'to replace my old phone'],
  },
  'electronics/audio': {
    noun: 'product',
    praise: ['the bass is punchy and vocals are clear', 'the sound stays clear even at high volume', 'pairing is instant and the connection is stable', 'battery backup is as promised'],
    gripes: ['the case feels a bit plasticky', 'the mic is average on calls in traffic', 'the touch controls are too sensitive'],
    uses: ['for my daily commute', 'for online classes', 'for the gym'],
  },
  'electronics/wearables': {
    noun: 'device',
    praise: ['the display is bright even in sunlight', 'step count and sleep tracking are accurate', 'battery lasts almost a week', 'the strap is comfortable for all-day wear'],
    gripes: ['the app takes time to sync', 'the heart rate reading jumps sometimes', 'the strap could be better quality'],
    uses: ['for my morning walks', 'as a gift for my husband', 'for tracking workouts'],
  },
  'electronics/accessories': {
    noun: 'product',
    praise: ['fits perfectly and feels premium', 'build quality is solid', 'works exactly as described', 'compact and easy to carry'],
    gripes: ['it gets warm after long use', 'the cable is shorter than I expected', 'the packaging was damaged though the product was fine'],
    uses: ['for travel', 'for my work desk', 'for the car'],
  },
  'beauty/skincare': {
    noun: 'product',
    praise: ['my skin feels soft and glowing after a week', 'a little goes a long way', 'the fragrance is mild and natural', 'suits my sensitive skin, no breakouts'],
    gripes: ['the smell is quite strong', 'it feels a little sticky in humid weather', 'the bottle is small for the price'],
    uses: ['for my night routine', 'for the dry winter skin', 'for my mother'],
  },
  'beauty/makeup': {
    noun: 'product',
    praise: ['the shade is perfect for Indian skin tones', 'it stays on for hours', 'does not dry out my lips', 'the texture is smooth and blends easily'],
    gripes: ['the shade is lighter than it looked on screen', 'it transfers a little', 'the packaging feels cheap'],
    uses: ['for office', 'for my wedding guest looks', 'for daily use'],
  },
  'beauty/haircare': {
    noun: 'product',
    praise: ['my hair fall has reduced noticeably', 'it smells of real herbs', 'hair feels soft after every wash', 'it is not too greasy'],
    gripes: ['the smell takes time to get used to', 'it needs two washes to come off', 'results take a few weeks'],
    uses: ['for my mother', 'for the whole family', 'for my dry scalp'],
  },
  'beauty/fragrance': {
    noun: 'fragrance',
    praise: ['the fragrance lasts the whole day', 'smells very authentic, not synthetic at all', 'a few drops are enough', 'the bottle is beautiful'],
    gripes: ['it fades in a few hours', 'the fragrance is stronger than I like', 'the cap was loose and a little leaked in transit'],
    uses: ['for special occasions', 'as a gift for my father', 'for daily use'],
  },
  'home-kitchen/cookware': {
    noun: 'product',
    praise: ['cooks evenly and is easy to clean', 'heavy and sturdy, heats evenly', 'food tastes better than in non-stick', 'the finish is very good'],
    gripes: ['it takes a few uses to get used to', 'it is heavier than I expected', 'the lid fits a little loosely'],
    uses: ['for my new kitchen', 'for my mother', 'for weekend cooking'],
  },
  'home-kitchen/decor': {
    noun: 'piece',
    praise: ['it looks beautiful in my living room', 'the colours are vibrant and the work is neat', 'guests keep asking where I bought it', 'well packed, reached without a scratch'],
    gripes: ['it is smaller than it looked in the photos', 'the hook at the back is weak', 'the colours are a little dull in person'],
    uses: GIFT_USES,
  },
  'home-kitchen/bedding-linen': {
    noun: 'product',
    praise: ['the cotton is soft and gets better with every wash', 'the block print is lovely and even', 'the stitching at the edges is neat', 'colours did not run in the wash'],
    gripes: ['it shrank a little after the first wash', 'the colour is lighter than shown', 'it creases a lot'],
    uses: ['for the guest room', 'for summer', 'as a wedding gift'],
  },
  'home-kitchen/storage': {
    noun: 'product',
    praise: ['very sturdy and the lids fit tightly', 'keeps my masalas fresh', 'looks neat on the counter'],
    gripes: ['one lid is a little tight', 'smaller than expected'],
    uses: ['for my kitchen', 'for my new home'],
  },
  'handicrafts/pottery': {
    noun: 'piece',
    praise: ['the hand painting is beautiful and very fine', 'the colours are vibrant and the glaze is smooth', 'packed very carefully, reached without a chip', 'it is the centre of attention on my shelf'],
    gripes: ['one small chip on the base', 'the glaze is uneven in one place', 'it is smaller than I imagined'],
    uses: GIFT_USES,
  },
  'handicrafts/handloom': {
    noun: 'piece',
    praise: ['the handwork is so fine, you can feel the effort', 'soft and warm, perfect for winter evenings', 'the stitching is even and neat', 'the colours are rich and earthy'],
    gripes: ['a little colour bled in the first wash', 'it is thinner than I expected', 'the edges needed a bit of finishing'],
    uses: ['for my mother-in-law', 'for the winter', 'for a friend abroad'],
  },
  'handicrafts/woodwork': {
    noun: 'piece',
    praise: ['the carving is detailed and the polish is smooth', 'solid wood, very sturdy', 'the finish is lovely and smells of real sheesham', 'the size is just right for my shelf'],
    gripes: ['there was a small crack on one side', 'the polish is a little uneven', 'it is lighter than I expected'],
    uses: GIFT_USES,
  },
  'handicrafts/brass-metal': {
    noun: 'piece',
    praise: ['heavy, genuine brass with a lovely shine', 'the detailing is amazing', 'looks very traditional in our puja room', 'well packed in thermocol'],
    gripes: ['it tarnishes quickly, needs regular polishing', 'smaller than it looked in the live', 'the base is not perfectly flat'],
    uses: ['for our puja room', 'for Diwali', 'as a gift for my parents'],
  },
  'handicrafts/paintings': {
    noun: 'painting',
    praise: ['the detailing is stunning and the colours are natural', 'it came with a certificate from the artist', 'it looks even better on the wall', 'rolled and packed very safely'],
    gripes: ['the frame had to be made separately', 'the colours are a little lighter than the photo', 'it is slightly smaller than expected'],
    uses: ['for my living room', 'as a housewarming gift', 'for my office'],
  },
}

/** Used when a category has no vocabulary of its own. */
export const GENERIC_VOCAB: ReviewVocab = {
  noun: 'product',
  praise: ['the quality is very good', 'it is exactly as described', 'value for money'],
  gripes: ['it is smaller than expected', 'the quality could be better'],
  uses: ['for home', 'as a gift'],
}
