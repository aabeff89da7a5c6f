import localFont from 'next/font/local'

// Inter is bundled from @fontsource-variable/inter because builds have no internet access
// (the Google Fonts loader would fetch at build time). latin-ext is required, not optional: the
// rupee sign (U+20B9) lives in that subset. It is listed first because, for faces with
// identical descriptors, the browser tries the last-declared one first, so plain Latin
// text is served by the smaller latin file.
export const fontSans = localFont({
  src: [
    {
      path: '../node_modules/@fontsource-variable/inter/files/inter-latin-ext-wght-normal.woff2',
      weight: '100 900',
      style: 'normal',
    },
    {
      path: '../node_modules/@fontsource-variable/inter/files/inter-latin-wght-normal.woff2',
      weight: '100 900',
      style: 'normal',
    },
  ],
  variable: '--font-sans',
  display: 'swap',
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
