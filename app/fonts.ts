import localFont from 'next/font/local'

// Inter is bundled from @fontsource-variable/inter because builds have no internet access
// (the Google Fonts loader would fetch at build time). Two faces, neither preloaded: on a slow
// phone connection preloading fonts delays the largest image, and `display: swap` shows the
// system font until Inter arrives. The rupee sign (U+20B9) is not in the latin file; fontsource's
// latin-ext file has it, but is 85 KB for one glyph on every page with a price, so
// assets/fonts/inter-rupee-wght-normal.woff2 (1.2 KB) is that glyph alone, cut from it by
// `npm run fonts:rupee`. globals.css lists it first; every other character falls through to latin.
export const fontSansLatin = localFont({
  src: '../node_modules/@fontsource-variable/inter/files/inter-latin-wght-normal.woff2',
  weight: '100 900',
  style: 'normal',
  variable: '--font-inter-latin',
  display: 'swap',
  preload: false,
  // next/font needs literal options.
  fallback: [
    'ui-sans-serif',
    'system-ui',
    '-apple-system',
    'Segoe UI',
    'Roboto',
    'Noto Sans',
    'Noto Sans Devanagari',
    'Helvetica Neue',
    'Arial',
    'sans-serif',
    'Apple Color Emoji',
    'Segoe UI Emoji',
  ],
})

export const fontSansRupee = localFont({
  src: '../assets/fonts/inter-rupee-wght-normal.woff2',
  weight: '100 900',
  style: 'normal',
  variable: '--font-inter-rupee',
  display: 'swap',
  preload: false,
  adjustFontFallback: false,
  declarations: [{ prop: 'unicode-range', value: 'U+20B9' }],
})

/** Class names that set both variables on <html>; globals.css builds --font-sans from them. */
export const fontVariables = `${fontSansLatin.variable} ${fontSansRupee.variable}`
