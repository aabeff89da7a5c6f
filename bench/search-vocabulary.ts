/**
 * Word pools for the search benchmark's generated catalogue: one family per leaf category of the
 * demo tree. A title is `[brand] [style] [material] noun [variant] [detail]`, each slot drawn
 * independently, so a million titles share a realistic, Zipf-ish vocabulary.
 */
export type Family = {
  path: string
  brands: string[]
  styles: string[]
  materials: string[]
  nouns: string[]
  variants: string[]
  details: string[]
  tags: string[]
  /** Rupees. */
  price: [number, number]
}

const COLOURS = ['Red', 'Maroon', 'Mustard', 'Emerald', 'Royal Blue', 'Pink', 'Indigo', 'Black', 'White', 'Ivory', 'Teal', 'Peach', 'Rust', 'Grey']

export const FAMILIES: Family[] = [
  {
    path: 'fashion/sarees', brands: [], tags: ['saree', 'ethnic', 'festive', 'women'], price: [899, 24999],
    styles: ['Banarasi', 'Kanjivaram', 'Chanderi', 'Tussar', 'Paithani', 'Bandhani', 'Patola', 'Sambalpuri', 'Jamdani', 'Pochampally'],
    materials: ['Silk', 'Cotton', 'Silk Cotton', 'Organza', 'Georgette', 'Chiffon', 'Linen', 'Crepe', 'Katan Silk'],
    nouns: ['Saree', 'Saree', 'Saree', 'Sari'], variants: COLOURS,
    details: ['with Zari Border', 'with Blouse Piece', 'with Temple Border', 'with Floral Weave', 'with Sequin Work', 'with Contrast Pallu', 'with Meenakari Buta', ''],
  },
  {
    path: 'fashion/kurtas-kurtis', brands: [], tags: ['kurta', 'ethnic', 'women'], price: [399, 4999],
    styles: ['Anarkali', 'Straight', 'A-line', 'Printed', 'Embroidered', 'Chikankari', 'Block Print', 'Angrakha', 'Flared'],
    materials: ['Cotton', 'Rayon', 'Silk', 'Linen', 'Khadi', 'Mul Cotton', 'Modal'],
    nouns: ['Kurta', 'Kurti', 'Kurta Set', 'Kurta with Dupatta', 'Kurta Palazzo Set'], variants: COLOURS,
    details: ['for Women', 'with Pockets', 'with Mirror Work', 'with Gota Patti', ''],
  },
  {
    path: 'fashion/mens-ethnic', brands: [], tags: ['men', 'ethnic', 'wedding'], price: [799, 14999],
    styles: ['Festive', 'Classic', 'Slim Fit', 'Embroidered', 'Printed', 'Jacquard'],
    materials: ['Cotton', 'Silk', 'Linen', 'Khadi', 'Velvet', 'Art Silk'],
    nouns: ['Kurta Pyjama', 'Nehru Jacket', 'Sherwani', 'Dhoti Kurta', 'Bandhgala', 'Kurta'], variants: COLOURS,
    details: ['for Men', 'with Stole', 'Set', ''],
  },
  {
    path: 'fashion/footwear', brands: [], tags: ['footwear', 'handmade', 'jutti'], price: [499, 2999],
    styles: ['Punjabi', 'Rajasthani', 'Embroidered', 'Kolhapuri', 'Beaded', 'Padded'],
    materials: ['Leather', 'Velvet', 'Suede', 'Vegan Leather'],
    nouns: ['Jutti', 'Mojari', 'Kolhapuri Chappal', 'Juttis', 'Sandals'], variants: ['Size 5', 'Size 6', 'Size 7', 'Size 8', 'Size 9', 'Size 10'],
    details: ['for Women', 'for Men', 'with Cushioned Sole', ''],
  },
  {
    path: 'fashion/jewellery', brands: [], tags: ['jewellery', 'handmade', 'festive'], price: [299, 9999],
    styles: ['Kundan', 'Oxidised', 'Temple', 'Meenakari', 'Polki', 'Jadau', 'Antique'],
    materials: ['Silver', 'Gold Plated', 'Brass', 'Copper', 'Pearl'],
    nouns: ['Necklace', 'Jhumka Earrings', 'Bangles', 'Maang Tikka', 'Choker Set', 'Nose Pin', 'Anklets'], variants: [],
    details: ['Set', 'with Earrings', 'for Weddings', ''],
  },
  {
    path: 'electronics/phones', tags: ['smartphone', 'mobile', '5g'], price: [7999, 159900],
    brands: ['Apple iPhone 13', 'Apple iPhone 14', 'Apple iPhone 15', 'Samsung Galaxy S23', 'Samsung Galaxy M34', 'Samsung Galaxy A54', 'OnePlus 11', 'OnePlus Nord CE 3', 'Redmi Note 13', 'Realme 11 Pro', 'Vivo V29', 'Oppo Reno 10', 'Poco X5', 'Motorola Edge 40'],
    styles: ['', '', 'Refurbished', 'Certified Refurbished'], materials: [],
    nouns: ['', '5G', 'Smartphone'], variants: ['64 GB', '128 GB', '256 GB', '512 GB'],
    details: ['Midnight', 'Starlight', 'Blue', 'Black', 'Green', 'Purple', 'Silver'],
  },
  {
    path: 'electronics/audio', tags: ['audio', 'bluetooth', 'wireless'], price: [699, 29999],
    brands: ['boAt', 'Noise', 'JBL', 'Sony', 'OnePlus', 'realme', 'Boult', 'Zebronics', 'Apple', 'Samsung'],
    styles: ['True Wireless', 'Wireless', 'Bluetooth', 'Noise Cancelling', 'Gaming'], materials: [],
    nouns: ['Earbuds', 'Earbuds', 'Headphones', 'Neckband', 'Bluetooth Speaker', 'Soundbar', 'Earphones'], variants: ['Black', 'White', 'Blue'],
    details: ['with 40h Playback', 'with ENC Mic', 'with Deep Bass', 'IPX5', ''],
  },
  {
    path: 'electronics/wearables', tags: ['smartwatch', 'fitness', 'wearable'], price: [1299, 49999],
    brands: ['Noise', 'boAt', 'Fire-Boltt', 'Amazfit', 'Samsung', 'Apple', 'Fastrack'],
    styles: ['', 'AMOLED', 'Bluetooth Calling'], materials: [],
    nouns: ['Smartwatch', 'Smart Watch', 'Fitness Band', 'Smart Ring'], variants: ['Black', 'Rose Gold', 'Silver', 'Blue'],
    details: ['with SpO2', 'with GPS', '1.8 inch', ''],
  },
  {
    path: 'electronics/accessories', tags: ['accessories', 'charging', 'mobile'], price: [149, 4999],
    brands: ['Ambrane', 'Mi', 'Portronics', 'Anker', 'Samsung', 'boAt'],
    styles: ['Fast', 'Braided', 'Slim', 'Magnetic'], materials: [],
    nouns: ['Charger', 'USB-C Cable', 'Power Bank', 'Phone Case', 'Screen Guard', 'Car Charger'], variants: ['20W', '33W', '65W', '10000mAh', '20000mAh', '1m', '2m'],
    details: ['for iPhone', 'for Samsung', 'for Android', ''],
  },
  {
    path: 'beauty/skincare', brands: ['Kama', 'Forest Essentials', 'Biotique', 'Kerala Naturals', 'Just Herbs'], tags: ['skincare', 'ayurvedic', 'natural'], price: [199, 3999],
    styles: ['Ayurvedic', 'Organic', 'Herbal', 'Natural'], materials: ['Kumkumadi', 'Saffron', 'Aloe Vera', 'Rose', 'Turmeric', 'Sandalwood', 'Vitamin C', 'Neem'],
    nouns: ['Face Oil', 'Face Pack', 'Serum', 'Night Cream', 'Toner', 'Face Wash', 'Ubtan'], variants: ['30 ml', '50 ml', '100 ml', '100 g'], details: [''],
  },
  {
    path: 'beauty/makeup', brands: ['Lakme', 'Sugar', 'Kay Beauty', 'Blue Heaven'], tags: ['makeup', 'natural', 'vegan'], price: [149, 1999],
    styles: ['Matte', 'Creamy', 'Long Lasting', 'Smudge Proof'], materials: [],
    nouns: ['Kajal', 'Lipstick', 'Compact Powder', 'Lip Balm', 'Eyeliner', 'Foundation'], variants: ['Ruby', 'Nude', 'Coral', 'Plum', 'Black'], details: [''],
  },
  {
    path: 'beauty/haircare', brands: ['Indulekha', 'Kesh King', 'Kerala Naturals', 'Khadi'], tags: ['haircare', 'ayurvedic', 'hair oil'], price: [149, 1499],
    styles: ['Ayurvedic', 'Herbal', 'Cold Pressed', 'Organic'], materials: ['Bhringraj', 'Amla', 'Onion', 'Coconut', 'Hibiscus', 'Neelibhringadi'],
    nouns: ['Hair Oil', 'Shampoo', 'Hair Mask', 'Conditioner'], variants: ['100 ml', '200 ml', '500 ml'], details: [''],
  },
  {
    path: 'beauty/fragrance', brands: [], tags: ['fragrance', 'attar', 'gift'], price: [199, 6999],
    styles: ['Kannauj', 'Alcohol Free', 'Traditional'], materials: ['Rose', 'Oud', 'Sandalwood', 'Mogra', 'Khus', 'Jasmine', 'Amber'],
    nouns: ['Attar', 'Perfume', 'Incense Sticks', 'Dhoop'], variants: ['6 ml', '12 ml', '50 ml'], details: [''],
  },
  {
    path: 'home-kitchen/cookware', brands: ['Prestige', 'Hawkins', 'The Indus Valley', 'Meyer'], tags: ['cookware', 'cast iron', 'traditional'], price: [399, 7999],
    styles: ['Pre-seasoned', 'Traditional', 'Induction', 'Non-stick'], materials: ['Cast Iron', 'Brass', 'Stainless Steel', 'Clay', 'Copper', 'Aluminium'],
    nouns: ['Tawa', 'Kadai', 'Dosa Tawa', 'Uruli', 'Pressure Cooker', 'Handi', 'Appam Pan'], variants: ['2 L', '3 L', '5 L', '10 inch', '12 inch'], details: [''],
  },
  {
    path: 'home-kitchen/decor', brands: [], tags: ['decor', 'home', 'festive'], price: [199, 9999],
    styles: ['Handmade', 'Rajasthani', 'Vintage', 'Boho', 'Festive'], materials: ['Brass', 'Wooden', 'Macrame', 'Ceramic', 'Glass', 'Terracotta'],
    nouns: ['Wall Hanging', 'Diya', 'Mirror', 'Toran', 'Vase', 'Lantern', 'Candle Holder'], variants: COLOURS, details: ['Set of 2', 'Set of 4', ''],
  },
  {
    path: 'home-kitchen/bedding-linen', brands: [], tags: ['bedding', 'cotton', 'home'], price: [299, 5999],
    styles: ['Jaipuri', 'Block Print', 'Sanganeri', 'Kantha', 'Floral'], materials: ['Cotton', 'Muslin', 'Mulmul', 'Linen'],
    nouns: ['Razai', 'Bedsheet', 'Dohar', 'Cushion Covers', 'Bath Towels', 'Quilt'], variants: ['Single', 'Double', 'King Size'], details: COLOURS,
  },
  {
    path: 'home-kitchen/storage', brands: [], tags: ['storage', 'kitchen', 'steel'], price: [149, 2999],
    styles: ['Airtight', 'Classic', 'Stackable'], materials: ['Stainless Steel', 'Glass', 'Copper', 'Brass', 'Wooden'],
    nouns: ['Masala Dabba', 'Tiffin', 'Jars', 'Bottle', 'Lunch Box', 'Container Set'], variants: ['500 ml', '1 L', '3 Tier', '4 Tier'], details: [''],
  },
  {
    path: 'handicrafts/pottery', brands: [], tags: ['pottery', 'handmade', 'jaipur'], price: [199, 4999],
    styles: ['Blue Pottery', 'Jaipur Blue', 'Khurja', 'Hand-painted', 'Glazed', 'Terracotta'], materials: ['Ceramic', 'Clay', 'Stoneware'],
    nouns: ['Vase', 'Plate', 'Mug', 'Bowl', 'Planter', 'Tea Set', 'Knobs'], variants: ['Floral', 'Turquoise', 'Cobalt', 'White'], details: ['Set of 2', 'Set of 6', ''],
  },
  {
    path: 'handicrafts/handloom', brands: [], tags: ['handloom', 'bengal', 'handmade'], price: [499, 19999],
    styles: ['Kantha', 'Jamdani', 'Pashmina', 'Kullu', 'Baluchari', 'Ikat'], materials: ['Cotton', 'Silk', 'Wool', 'Khadi'],
    nouns: ['Stole', 'Dupatta', 'Shawl', 'Scarf', 'Throw'], variants: COLOURS, details: [''],
  },
  {
    path: 'handicrafts/woodwork', brands: [], tags: ['woodwork', 'handmade', 'gift'], price: [199, 9999],
    styles: ['Carved', 'Channapatna', 'Inlay', 'Lacquered'], materials: ['Sheesham Wood', 'Mango Wood', 'Teak', 'Rosewood'],
    nouns: ['Box', 'Toys', 'Tray', 'Elephant', 'Coasters', 'Jewellery Box', 'Wall Shelf'], variants: [], details: ['Set of 4', ''],
  },
  {
    path: 'handicrafts/brass-metal', brands: [], tags: ['brass', 'dokra', 'puja', 'handmade'], price: [299, 14999],
    styles: ['Dokra', 'Antique', 'Handcrafted', 'Bidriware'], materials: ['Brass', 'Bell Metal', 'Copper', 'Bronze'],
    nouns: ['Figurine', 'Lamp', 'Bowl', 'Ganesha Idol', 'Diya', 'Urli', 'Bell'], variants: [], details: [''],
  },
  {
    path: 'handicrafts/paintings', brands: [], tags: ['painting', 'folk art', 'wall art'], price: [499, 24999],
    styles: ['Madhubani', 'Pattachitra', 'Gond', 'Kalighat', 'Warli', 'Pichwai', 'Tanjore'], materials: ['on Canvas', 'on Handmade Paper', 'on Silk'],
    nouns: ['Painting', 'Wall Art', 'Artwork'], variants: ['A4', 'A3', '12 x 18 inch', '24 x 36 inch'], details: ['Framed', ''],
  },
]

/** Sentences of descriptions; `{noun}` is the product's noun, `{city}` a city. */
export const SENTENCES = [
  'Handmade by skilled artisans in {city} using traditional techniques passed down for generations.',
  'This {noun} makes a thoughtful gift for Diwali, weddings and housewarmings.',
  'Ships from {city} within two business days, packed safely in recycled material.',
  'Care: wipe clean with a soft dry cloth and keep away from direct sunlight.',
  'Every {noun} is checked by hand before dispatch; small variations are the mark of handwork.',
  'Cash on delivery available across India; easy seven day returns.',
  'Our bestselling {noun}, loved by thousands of happy customers.',
  'Comes with a GST invoice and the brand warranty where applicable.',
  'Sourced directly from makers, so more of the price reaches the people who made it.',
  'Perfect for everyday use as well as festive occasions.',
  'Colours may vary slightly from the photos because of natural dyes and lighting.',
  'Lightweight, durable and easy to maintain.',
]

export const CITIES = ['Jaipur', 'Varanasi', 'Kolkata', 'Kochi', 'Delhi', 'Mumbai', 'Bengaluru', 'Chennai', 'Lucknow', 'Ahmedabad', 'Pune', 'Hyderabad', 'Bhubaneswar', 'Moradabad', 'Kutch']

export const STORE_WORDS = ['Crafts', 'Bazaar', 'Emporium', 'Collective', 'Studio', 'House', 'Traders', 'Karigari', 'Weaves', 'Naturals', 'Mart', 'Gallery']
