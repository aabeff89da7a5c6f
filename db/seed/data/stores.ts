import type { UserKey } from './accounts'

export type StoreKey = 'banarasi' | 'jaipur' | 'techbazaar' | 'kerala' | 'kantha' | 'dilli'

export type StoreSeed = {
  key: StoreKey
  owner: UserKey
  name: string
  slug: string
  /** Short code that prefixes the store's SKUs. */
  skuPrefix: string
  tagline: string
  description: string
  status: 'approved' | 'pending'
  palette: [string, string]
  contactPhone: string
  pickup: { line1: string; line2?: string; city: string; state: string; pin: string }
  gstin: string | null
  pan: string
  returnWindowDays: number
  codEnabled: boolean
  shippingFeePaise: number
  freeShippingOverPaise: number
  affiliateCommissionBps: number | null
  rating: { avg: number; count: number } | null
  followerCount: number
}

export const STORES: readonly StoreSeed[] = [
  {
    key: 'banarasi',
    owner: 'seller',
    name: 'Banarasi Weaves',
    slug: 'banarasi-weaves',
    skuPrefix: 'BW',
    tagline: 'Handwoven silk from the looms of Varanasi',
    description:
      'Three generations of weavers from Madanpura, Varanasi. Pure Katan silk, zari brocades and festive ethnic wear, woven on our own handlooms.',
    status: 'approved',
    palette: ['#7b1e3a', '#d4a017'],
    contactPhone: '+919812345670',
    pickup: { line1: 'D 47/12, Madanpura', line2: 'Near Sonarpura Crossing', city: 'Varanasi', state: 'Uttar Pradesh', pin: '221001' },
    gstin: '09ABWPS4821K1Z3',
    pan: 'ABWPS4821K',
    returnWindowDays: 7,
    codEnabled: true,
    shippingFeePaise: 4900,
    freeShippingOverPaise: 99900,
    affiliateCommissionBps: 800,
    rating: { avg: 4.6, count: 1284 },
    followerCount: 3420,
  },
  {
    key: 'jaipur',
    owner: 'seller',
    name: 'Jaipur Blue Pottery Co.',
    slug: 'jaipur-blue-pottery-co',
    skuPrefix: 'JBP',
    tagline: 'Blue pottery, juttis and crafts from the Pink City',
    description:
      'Quartz-based blue pottery hand-painted in Jaipur, with juttis, jewellery and woodwork from Rajasthani artisan families.',
    status: 'approved',
    palette: ['#1d4e89', '#4fb0c6'],
    contactPhone: '+919812345671',
    pickup: { line1: '112, Sanganeri Gate Bazaar', city: 'Jaipur', state: 'Rajasthan', pin: '302001' },
    gstin: '08ABWPS4821K2Z1',
    pan: 'ABWPS4821K',
    returnWindowDays: 10,
    codEnabled: true,
    shippingFeePaise: 6900,
    freeShippingOverPaise: 149900,
    affiliateCommissionBps: 1000,
    rating: { avg: 4.5, count: 842 },
    followerCount: 2115,
  },
  {
    key: 'techbazaar',
    owner: 'seller2',
    name: 'TechBazaar',
    slug: 'techbazaar',
    skuPrefix: 'TB',
    tagline: 'Gadgets with GST invoice and brand warranty',
    description:
      'Smartphones, certified refurbished iPhones, audio and wearables from Bengaluru. Every order ships with a GST invoice and warranty card.',
    status: 'approved',
    palette: ['#1e293b', '#6366f1'],
    contactPhone: '+919845012345',
    pickup: { line1: '3rd Floor, 58 SP Road', line2: 'Near Minerva Circle', city: 'Bengaluru', state: 'Karnataka', pin: '560001' },
    gstin: '29AKNPN7314D1Z8',
    pan: 'AKNPN7314D',
    returnWindowDays: 7,
    codEnabled: false,
    shippingFeePaise: 0,
    freeShippingOverPaise: 0,
    affiliateCommissionBps: 500,
    rating: { avg: 4.3, count: 2210 },
    followerCount: 5870,
  },
  {
    key: 'kerala',
    owner: 'seller2',
    name: 'Kerala Naturals',
    slug: 'kerala-naturals',
    skuPrefix: 'KN',
    tagline: 'Ayurvedic beauty and traditional cookware from Kochi',
    description:
      'Small-batch Ayurvedic oils, face packs and attars made with Kerala herbs, plus cast-iron and bell-metal cookware from local foundries.',
    status: 'approved',
    palette: ['#166534', '#a3c85a'],
    contactPhone: '+919845012346',
    pickup: { line1: 'XL/2031, Broadway', line2: 'Ernakulam', city: 'Kochi', state: 'Kerala', pin: '682001' },
    gstin: '32AKNPN7314D2Z6',
    pan: 'AKNPN7314D',
    returnWindowDays: 7,
    codEnabled: true,
    shippingFeePaise: 4900,
    freeShippingOverPaise: 59900,
    affiliateCommissionBps: 1200,
    rating: { avg: 4.7, count: 960 },
    followerCount: 2890,
  },
  {
    key: 'kantha',
    owner: 'kantha',
    name: 'Kolkata Kantha House',
    slug: 'kolkata-kantha-house',
    skuPrefix: 'KKH',
    tagline: 'Kantha, Jamdani and Bengal crafts',
    description:
      'A women-led collective from Kolkata and Bolpur: Kantha embroidery, Jamdani and Tant weaves, Dokra metal craft and Kalighat paintings.',
    status: 'approved',
    palette: ['#9a3412', '#f59e0b'],
    contactPhone: '+919830056789',
    pickup: { line1: '21B, Rashbehari Avenue', line2: 'Gariahat', city: 'Kolkata', state: 'West Bengal', pin: '700001' },
    gstin: '19BQSPB2290M1Z4',
    pan: 'BQSPB2290M',
    returnWindowDays: 7,
    codEnabled: true,
    shippingFeePaise: 5900,
    freeShippingOverPaise: 99900,
    affiliateCommissionBps: null,
    rating: { avg: 4.4, count: 512 },
    followerCount: 1320,
  },
  {
    key: 'dilli',
    owner: 'dilli',
    name: 'Dilli Kitchen Store',
    slug: 'dilli-kitchen-store',
    skuPrefix: 'DKS',
    tagline: 'Steel, brass and everyday kitchen essentials',
    description:
      'Kitchenware wholesalers from Sadar Bazaar since 1987: pressure cookers, kadhais, masala dabbas and storage, now selling online.',
    status: 'pending',
    palette: ['#334155', '#f97316'],
    contactPhone: '+919811122233',
    pickup: { line1: '1442, Sadar Bazaar', line2: 'Near Qutab Road', city: 'New Delhi', state: 'Delhi', pin: '110001' },
    gstin: null,
    pan: 'CRKPK6612H',
    returnWindowDays: 7,
    codEnabled: true,
    shippingFeePaise: 4900,
    freeShippingOverPaise: 49900,
    affiliateCommissionBps: null,
    rating: null,
    followerCount: 0,
  },
]
