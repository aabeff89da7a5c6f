import type { MetadataRoute } from 'next'

export default function manifest(): MetadataRoute.Manifest {
  return {
    name: 'Haat — live shopping from India’s sellers',
    short_name: 'Haat',
    description: 'Watch sellers go live, chat, bid and buy — sarees, handicrafts, electronics and more.',
    start_url: '/',
    display: 'standalone',
    background_color: '#fffaf3',
    theme_color: '#f5a623',
    lang: 'en-IN',
    categories: ['shopping', 'lifestyle'],
    icons: [
      { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' },
      { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png' },
      { src: '/icons/maskable-192.png', sizes: '192x192', type: 'image/png', purpose: 'maskable' },
      { src: '/icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  }
}
