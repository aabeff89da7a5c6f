/** The accounts the README prints and the e2e tests sign in with. */
export const DEMO_ACCOUNTS = {
  admin: { email: 'admin@haat.dev', password: 'Admin@12345', role: 'Admin: approves stores, moderates, settles payouts' },
  buyer: { email: 'buyer@haat.dev', password: 'Buyer@12345', role: 'Buyer in Bengaluru (+91 98765 43210)' },
  seller: {
    email: 'seller@haat.dev',
    password: 'Seller@12345',
    role: 'Seller Meera Sharma: Banarasi Weaves and Jaipur Blue Pottery Co.',
  },
  seller2: {
    email: 'seller2@haat.dev',
    password: 'Seller@12345',
    role: 'Seller Arjun Nair: TechBazaar and Kerala Naturals',
  },
} as const

export type DemoAccountKey = keyof typeof DEMO_ACCOUNTS

// Owners of the remaining stores; their password is deliberately not published.
const HIDDEN_PASSWORD = 'q7N#vT2m!Lx9Rb4K'

export type UserKey = DemoAccountKey | 'kantha' | 'dilli'

export type UserSeed = {
  key: UserKey
  name: string
  email: string
  password: string
  role: 'user' | 'admin'
  phone: string | null
  city: string
}

export const USERS: readonly UserSeed[] = [
  { key: 'admin', name: 'Haat Admin', ...creds('admin'), role: 'admin', phone: null, city: 'Mumbai' },
  { key: 'buyer', name: 'Priya Deshmukh', ...creds('buyer'), role: 'user', phone: '+919876543210', city: 'Bengaluru' },
  { key: 'seller', name: 'Meera Sharma', ...creds('seller'), role: 'user', phone: '+919812345670', city: 'Varanasi' },
  { key: 'seller2', name: 'Arjun Nair', ...creds('seller2'), role: 'user', phone: '+919845012345', city: 'Bengaluru' },
  {
    key: 'kantha',
    name: 'Sudipta Banerjee',
    email: 'sudipta@kolkatakantha.example',
    password: HIDDEN_PASSWORD,
    role: 'user',
    phone: '+919830056789',
    city: 'Kolkata',
  },
  {
    key: 'dilli',
    name: 'Rohit Khanna',
    email: 'rohit@dillikitchen.example',
    password: HIDDEN_PASSWORD,
    role: 'user',
    phone: '+919811122233',
    city: 'New Delhi',
  },
]

function creds(key: DemoAccountKey): { email: string; password: string } {
  const { email, password } = DEMO_ACCOUNTS[key]
  return { email, password }
}
