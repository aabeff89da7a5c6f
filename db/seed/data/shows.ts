import type { MotifKind } from '../motifs'
import type { ShowTime } from '../schedule'
import type { StoreKey } from './stores'

export type ShowSeed = {
  store: StoreKey
  title: string
  description: string
  /** Category path whose products fill the run list. */
  category: string
  language: 'en' | 'hi' | 'bn'
  motif: MotifKind
  /** Start time: soon after seeding, or a fixed India-time slot on a day before or after it. */
  time: ShowTime
  runListSize: number
  ended?: { durationMin: number; peakViewers: number; uniqueViewers: number }
}

export const SHOWS: readonly ShowSeed[] = [
  {
    store: 'banarasi',
    title: 'Banarasi Saree Festival — Live!',
    description: 'Katan silk, organza and zari brocades straight from our looms, with live-only prices.',
    category: 'fashion/sarees',
    language: 'hi',
    motif: 'saree',
    time: { soon: true },
    runListSize: 6,
  },
  {
    store: 'techbazaar',
    title: 'Earbuds & Smartwatch Drop',
    description: 'Unboxing the latest earbuds and smartwatches, with flash deals every 15 minutes.',
    category: 'electronics',
    language: 'en',
    motif: 'earbuds',
    time: { day: 1, ist: '19:00' },
    runListSize: 8,
  },
  {
    store: 'jaipur',
    title: 'Blue Pottery Studio Tour & Sale',
    description: 'Watch a vase being painted, then shop the studio shelf at live prices.',
    category: 'handicrafts/pottery',
    language: 'en',
    motif: 'pot',
    time: { day: 2, ist: '11:00' },
    runListSize: 5,
  },
  {
    store: 'kerala',
    title: 'Ayurvedic Skincare Rituals with Kumkumadi',
    description: 'A 30-minute evening routine with Kerala herbs, and answers to your skin questions.',
    category: 'beauty/skincare',
    language: 'en',
    motif: 'dropper',
    time: { day: 3, ist: '20:30' },
    runListSize: 6,
  },
  {
    store: 'kantha',
    title: 'Kantha Stories — Live from Kolkata',
    description: 'Meet the Bolpur artisans behind our Kantha dupattas and quilts, in Bangla.',
    category: 'handicrafts/handloom',
    language: 'bn',
    motif: 'fabric',
    time: { day: 4, ist: '19:30' },
    runListSize: 4,
  },
  {
    store: 'banarasi',
    title: 'Diwali Silk Special',
    description: 'Our Diwali showcase of silk sarees and festive kurtas.',
    category: 'fashion',
    language: 'hi',
    motif: 'saree',
    time: { day: -3, ist: '19:00' },
    runListSize: 7,
    ended: { durationMin: 58, peakViewers: 412, uniqueViewers: 1870 },
  },
  {
    store: 'techbazaar',
    title: 'Refurbished iPhone Fest',
    description: 'Certified refurbished iPhones, graded live on camera.',
    category: 'electronics/phones',
    language: 'en',
    motif: 'phone',
    time: { day: -6, ist: '20:30' },
    runListSize: 5,
    ended: { durationMin: 44, peakViewers: 268, uniqueViewers: 1135 },
  },
]

export type BannerSeed = {
  key: string
  title: string
  subtitle: string
  href: string
  /** Drawn in the image: the first large, right of centre, the others smaller towards the right. */
  motifs: readonly MotifKind[]
  palette: [string, string]
}

export const BANNERS: readonly BannerSeed[] = [
  {
    key: 'diwali-handloom-week',
    title: 'Diwali Handloom Week',
    subtitle: 'Up to 30% off Banarasi, Kantha and Jamdani, straight from the weavers',
    href: '/c/handicrafts/handloom',
    motifs: ['saree', 'fabric', 'diya'],
    palette: ['#7b1e3a', '#f59e0b'],
  },
  {
    key: 'electronics-sale',
    title: 'Electronics Sale',
    subtitle: 'Earbuds from ₹999, refurbished iPhones with warranty',
    href: '/c/electronics',
    motifs: ['earbuds', 'phone', 'watch'],
    palette: ['#1e293b', '#6366f1'],
  },
  {
    key: 'go-live-and-sell',
    title: 'New: Go live and sell',
    subtitle: 'Open a store in minutes and sell to buyers across India on live video',
    href: '/studio/open',
    motifs: ['phone', 'necklace', 'pot'],
    palette: ['#0f766e', '#a3e635'],
  },
]
