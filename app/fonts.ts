import localFont from 'next/font/local'

// Inter is bundled from @fontsource-variable/inter because builds have no internet access
// (the Google Fonts loader would fetch at build time). Two families, neither preloaded: on a slow
// phone connection preloading 133 KB of fonts delays the largest image, and `display: swap`
// shows the system font until Inter arrives. latin-ext holds the rupee sign (U+20B9) but no
// basic Latin, so globals.css lists it first and ASCII falls through to the latin face.
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

export const fontSansLatinExt = localFont({
  src: '../node_modules/@fontsource-variable/inter/files/inter-latin-ext-wght-normal.woff2',
  weight: '100 900',
  style: 'normal',
  variable: '--font-inter-latin-ext',
  display: 'swap',
  preload: false,
  adjustFontFallback: false,
})

/** Class names that set both variables on <html>; globals.css builds --font-sans from them. */
export const fontVariables = `${fontSansLatin.variable} ${fontSansLatinExt.variable}`
