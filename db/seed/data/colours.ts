/** Named colours used as variant values; the hex tints the generated product images. */
export const COLOURS = {
  Red: '#c0392b',
  Maroon: '#7b1e3a',
  Mustard: '#d4a017',
  Emerald: '#1e8449',
  'Royal Blue': '#2e4fa3',
  Pink: '#e75480',
  Magenta: '#b5179e',
  Peach: '#f08a5d',
  Indigo: '#3f3d9b',
  Cream: '#d9c7a3',
  Lavender: '#9b7fd4',
  Rust: '#b7472a',
  Saffron: '#f28c28',
  Teal: '#0f766e',
  Olive: '#6b7a2e',
  Navy: '#1f3a60',
  Black: '#26262b',
  White: '#e5e7eb',
  Grey: '#6b7280',
  Beige: '#c8b08a',
  Tan: '#b5835a',
  Brown: '#6f4e37',
  Gold: '#c9a227',
  Silver: '#9ca3af',
  'Rose Gold': '#c98e7d',
  Copper: '#b87333',
  Midnight: '#1e293b',
  Starlight: '#d8cfc0',
  Blue: '#3b6ea8',
  Green: '#3f8f5b',
  Purple: '#6a3d9a',
  Graphite: '#3f3f46',
  'Sky Blue': '#4f9bd9',
  Nude: '#c68e74',
  Coral: '#f0674f',
} as const

export type ColourName = keyof typeof COLOURS

export function colourHex(name: string): string | undefined {
  return (COLOURS as Record<string, string>)[name]
}
