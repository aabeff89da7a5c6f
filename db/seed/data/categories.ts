import type { MotifKind } from '../motifs'

export type CategorySeed = {
  name: string
  slug: string
  description: string
  motif: MotifKind
  children: { name: string; slug: string; description: string; motif: MotifKind }[]
  /** Platform commission in basis points; children inherit the root's rate. */
  commissionBps: number
}

export const CATEGORY_TREE: readonly CategorySeed[] = [
  {
    name: 'Fashion',
    slug: 'fashion',
    description: 'Handwoven sarees, festive ethnic wear, juttis and jewellery.',
    motif: 'saree',
    commissionBps: 1500,
    children: [
      { name: 'Sarees', slug: 'sarees', description: 'Banarasi, Chanderi, Tussar and handloom sarees.', motif: 'saree' },
      { name: 'Kurtas & Kurtis', slug: 'kurtas-kurtis', description: 'Kurtas, kurtis, sets and lehengas.', motif: 'kurta' },
      { name: "Men's Ethnic", slug: 'mens-ethnic', description: 'Kurta pyjamas, Nehru jackets and sherwanis.', motif: 'jacket' },
      { name: 'Footwear', slug: 'footwear', description: 'Juttis, mojaris and Kolhapuris.', motif: 'shoe' },
      { name: 'Jewellery', slug: 'jewellery', description: 'Kundan, oxidised silver, temple and meenakari jewellery.', motif: 'necklace' },
    ],
  },
  {
    name: 'Electronics',
    slug: 'electronics',
    description: 'Phones, audio, wearables and accessories with GST invoices.',
    motif: 'phone',
    commissionBps: 800,
    children: [
      { name: 'Phones', slug: 'phones', description: 'New and certified refurbished smartphones.', motif: 'phone' },
      { name: 'Audio', slug: 'audio', description: 'Earbuds, headphones and speakers.', motif: 'earbuds' },
      { name: 'Wearables', slug: 'wearables', description: 'Smartwatches, fitness bands and rings.', motif: 'watch' },
      { name: 'Accessories', slug: 'accessories', description: 'Chargers, cables, cases and power banks.', motif: 'charger' },
    ],
  },
  {
    name: 'Beauty',
    slug: 'beauty',
    description: 'Ayurvedic skincare, makeup, hair oils and attars.',
    motif: 'dropper',
    commissionBps: 1200,
    children: [
      { name: 'Skincare', slug: 'skincare', description: 'Face oils, serums, packs and creams.', motif: 'dropper' },
      { name: 'Makeup', slug: 'makeup', description: 'Lipsticks, kajal and compacts.', motif: 'lipstick' },
      { name: 'Haircare', slug: 'haircare', description: 'Hair oils, shampoos and masks.', motif: 'hair-oil' },
      { name: 'Fragrance', slug: 'fragrance', description: 'Attars, perfumes and incense.', motif: 'perfume' },
    ],
  },
  {
    name: 'Home & Kitchen',
    slug: 'home-kitchen',
    description: 'Cookware, decor, linen and storage for Indian homes.',
    motif: 'pan',
    commissionBps: 1000,
    children: [
      { name: 'Cookware', slug: 'cookware', description: 'Tawas, kadhais, cookers and urulis.', motif: 'pan' },
      { name: 'Decor', slug: 'decor', description: 'Wall hangings, mirrors and festive decor.', motif: 'vase' },
      { name: 'Bedding & Linen', slug: 'bedding-linen', description: 'Bedsheets, quilts, dohars and towels.', motif: 'pillow' },
      { name: 'Storage', slug: 'storage', description: 'Masala dabbas, jars and tiffins.', motif: 'jar' },
    ],
  },
  {
    name: 'Handicrafts',
    slug: 'handicrafts',
    description: 'Made by hand by artisans across India.',
    motif: 'pot',
    commissionBps: 600,
    children: [
      { name: 'Pottery', slug: 'pottery', description: 'Blue pottery, terracotta and ceramics.', motif: 'pot' },
      { name: 'Handloom', slug: 'handloom', description: 'Kantha, Jamdani, Baluchari and khadi.', motif: 'fabric' },
      { name: 'Woodwork', slug: 'woodwork', description: 'Sheesham, mango wood and Channapatna crafts.', motif: 'elephant' },
      { name: 'Brass & Metal', slug: 'brass-metal', description: 'Dokra, brass and bell-metal crafts.', motif: 'diya' },
      { name: 'Paintings', slug: 'paintings', description: 'Madhubani, Kalighat, Pattachitra and Gond art.', motif: 'frame' },
    ],
  },
]
