/**
 * Simple vector motifs for the generated images, each drawn in a 200×200 box.
 * `c` is the main colour, `d` a darker shade and `l` a lighter one.
 */
export type MotifKind =
  | 'saree' | 'kurta' | 'jacket' | 'shoe' | 'necklace'
  | 'phone' | 'earbuds' | 'watch' | 'charger'
  | 'dropper' | 'lipstick' | 'hair-oil' | 'perfume'
  | 'pan' | 'vase' | 'pillow' | 'jar'
  | 'pot' | 'fabric' | 'elephant' | 'diya' | 'frame'

type Draw = (c: string, d: string, l: string) => string

const GOLD = '#e0b040'
const W = '#ffffff'

const MOTIFS: Record<MotifKind, Draw> = {
  saree: (c, d) =>
    `<path d="M40 26h120l6 150q-16.5 9-33 0q-16.5 9-33 0q-16.5 9-33 0q-16.5 9-33 0z" fill="${c}"/>` +
    `<path d="M35 150h130l1 26q-16.5 9-33 0q-16.5 9-33 0q-16.5 9-33 0q-16.5 9-33 0z" fill="${GOLD}"/>` +
    `<path d="M56 30v118M76 30v118" stroke="${d}" stroke-width="2" stroke-opacity=".45"/>` +
    `<path d="M118 26h42l-64 122-30-6z" fill="${d}"/>` +
    `<path d="M148 26l-60 116M138 26l-58 110" stroke="${GOLD}" stroke-width="3"/>` +
    `<g fill="${GOLD}"><circle cx="48" cy="60" r="4"/><circle cx="66" cy="86" r="4"/><circle cx="48" cy="112" r="4"/><circle cx="140" cy="110" r="4"/><circle cx="124" cy="134" r="4"/><circle cx="150" cy="136" r="4"/></g>` +
    `<path d="M30 26h140" stroke="${d}" stroke-width="6" stroke-linecap="round"/>` +
    `<path d="M100 26v-10q0-8 8-8" fill="none" stroke="${d}" stroke-width="4"/>`,
  kurta: (c, d, l) =>
    `<path d="M72 20h56l42 30-15 32-16-10v108H61V72l-16 10-15-32z" fill="${c}"/>` +
    `<path d="M88 20l12 22 12-22" fill="none" stroke="${d}" stroke-width="5"/>` +
    `<path d="M100 42v50" stroke="${d}" stroke-width="4"/>` +
    `<path d="M61 160h78v22H61z" fill="${l}" fill-opacity=".7"/>` +
    `<g fill="${W}" fill-opacity=".8"><circle cx="80" cy="120" r="4"/><circle cx="100" cy="130" r="4"/><circle cx="120" cy="120" r="4"/><circle cx="90" cy="145" r="3"/><circle cx="110" cy="145" r="3"/></g>`,
  jacket: (c, d) =>
    `<path d="M70 22h60l30 22v138H40V44z" fill="${c}"/>` +
    `<path d="M84 22h32v12H84z" fill="${d}"/>` +
    `<path d="M100 34v148" stroke="${d}" stroke-width="4"/>` +
    `<g fill="${GOLD}"><circle cx="108" cy="56" r="4.5"/><circle cx="108" cy="82" r="4.5"/><circle cx="108" cy="108" r="4.5"/><circle cx="108" cy="134" r="4.5"/></g>` +
    `<path d="M56 120h26v8H56z" fill="${d}"/>`,
  shoe: (c, d) =>
    `<path d="M18 140q8-44 60-42 42-2 72 24l34 10q10 18-8 24H24q-10-4-6-16z" fill="${c}"/>` +
    `<path d="M16 152h172q0 12-10 14H26q-10-2-10-14z" fill="${d}"/>` +
    `<path d="M182 136q14-6 8-26" fill="none" stroke="${c}" stroke-width="6" stroke-linecap="round"/>` +
    `<g fill="${GOLD}"><circle cx="60" cy="122" r="5"/><circle cx="80" cy="116" r="5"/><circle cx="100" cy="118" r="5"/><circle cx="120" cy="126" r="5"/></g>`,
  necklace: (c, d) =>
    `<path d="M30 40q70 130 140 0" fill="none" stroke="${GOLD}" stroke-width="8"/>` +
    `<g fill="${c}" stroke="${GOLD}" stroke-width="4"><circle cx="46" cy="72" r="9"/><circle cx="64" cy="96" r="9"/><circle cx="136" cy="96" r="9"/><circle cx="154" cy="72" r="9"/><circle cx="84" cy="110" r="9"/><circle cx="116" cy="110" r="9"/></g>` +
    `<path d="M100 112l20 28-20 40-20-40z" fill="${c}" stroke="${GOLD}" stroke-width="5"/>` +
    `<circle cx="100" cy="146" r="7" fill="${d}"/>`,
  phone: (c, d, l) =>
    `<rect x="55" y="14" width="90" height="172" rx="16" fill="${c}"/>` +
    `<rect x="63" y="30" width="74" height="140" rx="6" fill="${l}"/>` +
    `<rect x="85" y="20" width="30" height="5" rx="2.5" fill="${d}"/>` +
    `<path d="M63 120q37-40 74 0v44a6 6 0 0 1-6 6H69a6 6 0 0 1-6-6z" fill="${c}" fill-opacity=".35"/>` +
    `<circle cx="100" cy="80" r="16" fill="${W}" fill-opacity=".8"/>`,
  earbuds: (c, d, l) =>
    `<rect x="46" y="96" width="108" height="74" rx="30" fill="${c}"/>` +
    `<path d="M46 124h108" stroke="${d}" stroke-width="3"/>` +
    `<circle cx="100" cy="148" r="4" fill="${l}"/>` +
    `<g fill="${l}" stroke="${d}" stroke-width="3"><circle cx="70" cy="52" r="20"/><circle cx="130" cy="52" r="20"/></g>` +
    `<g fill="${l}" stroke="${d}" stroke-width="3"><rect x="60" y="62" width="12" height="34" rx="6"/><rect x="128" y="62" width="12" height="34" rx="6"/></g>`,
  watch: (c, d, l) =>
    `<rect x="76" y="8" width="48" height="184" rx="14" fill="${c}"/>` +
    `<rect x="52" y="52" width="96" height="96" rx="26" fill="${d}"/>` +
    `<rect x="60" y="60" width="80" height="80" rx="20" fill="${l}"/>` +
    `<path d="M100 100V76M100 100l16 10" stroke="${d}" stroke-width="5" stroke-linecap="round"/>` +
    `<rect x="148" y="88" width="8" height="20" rx="3" fill="${d}"/>`,
  charger: (c, d, l) =>
    `<rect x="40" y="40" width="76" height="92" rx="14" fill="${c}"/>` +
    `<rect x="56" y="22" width="10" height="22" rx="2" fill="${d}"/><rect x="90" y="22" width="10" height="22" rx="2" fill="${d}"/>` +
    `<path d="M116 100q50 0 40 40t-30 40" fill="none" stroke="${c}" stroke-width="8" stroke-linecap="round"/>` +
    `<path d="M84 66l-14 22h16l-10 22" fill="none" stroke="${l}" stroke-width="6" stroke-linejoin="round"/>`,
  dropper: (c, d, l) =>
    `<path d="M60 86h80v88q0 12-12 12H72q-12 0-12-12z" fill="${c}"/>` +
    `<rect x="82" y="60" width="36" height="28" rx="4" fill="${d}"/>` +
    `<path d="M88 60V30q12-22 24 0v30z" fill="${d}"/>` +
    `<rect x="72" y="112" width="56" height="44" rx="6" fill="${l}"/>` +
    `<path d="M92 124q8-10 16 0-8 14-16 0z" fill="${c}"/>`,
  lipstick: (c, d, l) =>
    `<rect x="64" y="110" width="72" height="76" rx="6" fill="${d}"/>` +
    `<rect x="70" y="86" width="60" height="28" rx="4" fill="${GOLD}"/>` +
    `<path d="M76 86V42l48-26v70z" fill="${c}"/>` +
    `<path d="M78 60l44-22" stroke="${l}" stroke-width="4" stroke-opacity=".6"/>`,
  'hair-oil': (c, d, l) =>
    `<path d="M70 70h60l8 20v86q0 10-10 10H72q-10 0-10-10V90z" fill="${c}"/>` +
    `<rect x="84" y="40" width="32" height="32" rx="5" fill="${d}"/>` +
    `<path d="M100 110q30-20 24 20-24 24-24-20z" fill="${l}"/>` +
    `<path d="M100 110q-30-20-24 20 24 24 24-20z" fill="${l}" fill-opacity=".8"/>` +
    `<path d="M100 112v44" stroke="${d}" stroke-width="3"/>`,
  perfume: (c, d, l) =>
    `<rect x="50" y="76" width="100" height="106" rx="22" fill="${c}"/>` +
    `<rect x="62" y="90" width="76" height="78" rx="14" fill="${l}" fill-opacity=".55"/>` +
    `<rect x="86" y="56" width="28" height="22" fill="${d}"/>` +
    `<path d="M78 56q22-40 44 0z" fill="${GOLD}"/>` +
    `<path d="M160 40l4 10 10 4-10 4-4 10-4-10-10-4 10-4z" fill="${GOLD}"/>`,
  pan: (c, d, l) =>
    `<circle cx="84" cy="110" r="66" fill="${d}"/>` +
    `<circle cx="84" cy="110" r="54" fill="${c}"/>` +
    `<path d="M148 92l44-18q8 4 4 14l-42 22z" fill="${d}"/>` +
    `<path d="M50 96q20-24 50-20" stroke="${l}" stroke-width="6" fill="none" stroke-linecap="round" stroke-opacity=".7"/>`,
  vase: (c, d, l) =>
    `<path d="M78 40h44v14q-4 10 10 26 26 30 10 70-12 30-42 30t-42-30q-16-40 10-70 14-16 10-26z" fill="${c}"/>` +
    `<path d="M56 120h88" stroke="${l}" stroke-width="8"/>` +
    `<path d="M60 140h80" stroke="${d}" stroke-width="4"/>` +
    `<path d="M100 40V12M100 26l-16-12M100 20l14-12" stroke="${d}" stroke-width="4" stroke-linecap="round"/>` +
    `<g fill="${GOLD}"><circle cx="84" cy="12" r="7"/><circle cx="116" cy="8" r="7"/><circle cx="100" cy="10" r="6"/></g>`,
  pillow: (c, d, l) =>
    `<rect x="20" y="120" width="160" height="56" rx="10" fill="${d}"/>` +
    `<path d="M20 142h160" stroke="${l}" stroke-width="4" stroke-dasharray="8 6"/>` +
    `<path d="M36 60q64-16 128 0 8 26 0 52-64 16-128 0-8-26 0-52z" fill="${c}"/>` +
    `<path d="M52 86h96" stroke="${l}" stroke-width="4" stroke-dasharray="8 6"/>`,
  jar: (c, d, l) =>
    `<rect x="46" y="72" width="108" height="112" rx="14" fill="${c}"/>` +
    `<rect x="40" y="52" width="120" height="24" rx="8" fill="${d}"/>` +
    `<rect x="88" y="40" width="24" height="14" rx="4" fill="${d}"/>` +
    `<rect x="62" y="100" width="76" height="50" rx="6" fill="${l}" fill-opacity=".7"/>`,
  pot: (c, d, l) =>
    `<ellipse cx="100" cy="118" rx="72" ry="62" fill="${l}"/>` +
    `<rect x="70" y="40" width="60" height="22" rx="6" fill="${l}"/>` +
    `<path d="M34 110q66 30 132 0" stroke="${c}" stroke-width="8" fill="none"/>` +
    `<g fill="${c}"><circle cx="100" cy="150" r="12"/><circle cx="66" cy="146" r="8"/><circle cx="134" cy="146" r="8"/></g>` +
    `<g fill="${d}"><path d="M100 70q14 14 0 28-14-14 0-28z"/><path d="M70 80q14 10 4 24-14-10-4-24z"/><path d="M130 80q-14 10-4 24 14-10 4-24z"/></g>`,
  fabric: (c, d, l) =>
    `<rect x="26" y="130" width="148" height="42" rx="6" fill="${d}"/>` +
    `<rect x="36" y="88" width="128" height="42" rx="6" fill="${c}"/>` +
    `<rect x="46" y="46" width="108" height="42" rx="6" fill="${l}"/>` +
    `<g stroke="${W}" stroke-width="3" stroke-dasharray="6 5"><path d="M36 151h128M46 109h108"/></g>` +
    `<path d="M56 67h88" stroke="${c}" stroke-width="3" stroke-dasharray="6 5"/>`,
  elephant: (c, d, l) =>
    `<ellipse cx="96" cy="110" rx="58" ry="42" fill="${c}"/>` +
    `<circle cx="146" cy="84" r="28" fill="${c}"/>` +
    `<path d="M166 96q18 30 2 64" fill="none" stroke="${c}" stroke-width="14" stroke-linecap="round"/>` +
    `<g fill="${d}"><rect x="52" y="136" width="18" height="42" rx="4"/><rect x="80" y="140" width="18" height="38" rx="4"/><rect x="112" y="140" width="18" height="38" rx="4"/></g>` +
    `<path d="M120 70q-16 20 0 40 12-20 0-40z" fill="${l}"/>` +
    `<path d="M60 84h70v22H60z" fill="${GOLD}" fill-opacity=".85"/><circle cx="152" cy="78" r="4" fill="${W}"/>`,
  diya: (c, d) =>
    `<path d="M100 30q22 30 0 54-22-24 0-54z" fill="#f59e0b"/>` +
    `<path d="M100 50q10 16 0 28-10-12 0-28z" fill="#fde68a"/>` +
    `<path d="M26 100q74 20 148 0-10 54-74 58-64-4-74-58z" fill="${c}"/>` +
    `<path d="M26 100q74 20 148 0" fill="none" stroke="${d}" stroke-width="6"/>` +
    `<path d="M80 158h40l8 20H72z" fill="${d}"/>`,
  frame: (c, d, l) =>
    `<rect x="22" y="30" width="156" height="140" rx="4" fill="${d}"/>` +
    `<rect x="36" y="44" width="128" height="112" fill="${l}"/>` +
    `<circle cx="128" cy="80" r="14" fill="${GOLD}"/>` +
    `<path d="M36 156l40-56 30 36 22-22 36 42z" fill="${c}"/>`,
}

export function drawMotif(kind: MotifKind, colour: string): string {
  return MOTIFS[kind](colour, shade(colour, -0.35), shade(colour, 0.55))
}

/** Mixes a hex colour toward black (amount < 0) or white (amount > 0). */
export function shade(hex: string, amount: number): string {
  const n = Number.parseInt(hex.slice(1), 16)
  const target = amount < 0 ? 0 : 255
  const a = Math.abs(amount)
  const mix = (v: number) => Math.round(v + (target - v) * a)
  const r = mix((n >> 16) & 255)
  const g = mix((n >> 8) & 255)
  const b = mix(n & 255)
  return `#${((1 << 24) | (r << 16) | (g << 8) | b).toString(16).slice(1)}`
}
