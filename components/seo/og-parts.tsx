/** Pieces shared by the Open Graph cards; plain elements and inline styles, as Satori renders them. */

export const OG_COLOURS = {
  paper: '#fffaf3',
  ink: '#1f1d4a',
  muted: '#6b6a8a',
  saffron: '#f5a524',
  green: '#1a8a4f',
  live: '#e02d2d',
}

export function OgStar({ size = 28, colour = OG_COLOURS.saffron }: { size?: number; colour?: string }) {
  return (
    <svg width={size} height={size} viewBox="0 0 24 24">
      <path
        fill={colour}
        d="M12 2.5l2.9 6.1 6.6.8-4.9 4.6 1.3 6.6L12 17.3l-5.9 3.3 1.3-6.6-4.9-4.6 6.6-.8z"
      />
    </svg>
  )
}

export function OgBrand() {
  return (
    <div style={{ display: 'flex', alignItems: 'center', gap: 14 }}>
      <div
        style={{
          display: 'flex',
          width: 48,
          height: 48,
          borderRadius: 12,
          background: OG_COLOURS.saffron,
          alignItems: 'center',
          justifyContent: 'center',
          color: OG_COLOURS.ink,
          fontSize: 30,
        }}
      >
        H
      </div>
      <div style={{ display: 'flex', fontSize: 32, color: OG_COLOURS.ink, letterSpacing: -0.5 }}>Haat</div>
    </div>
  )
}

/** Cuts at a word so a long title fits the card's lines. */
export function clampText(text: string, max: number): string {
  if (text.length <= max) return text
  const cut = text.slice(0, max - 1)
  const space = cut.lastIndexOf(' ')
  return `${space > max * 0.6 ? cut.slice(0, space) : cut}…`
}
