import type { NextConfig } from 'next'
// Validates the environment's shape at build time; driver choice is checked at boot.
import './lib/env'

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Native and WASM packages load from node_modules at run time instead of being bundled.
  serverExternalPackages: ['@electric-sql/pglite', 'sharp', 'pg', 'ws', '@neondatabase/serverless', 'bcryptjs'],
  images: {
    formats: ['image/avif', 'image/webp'],
    // Fewer candidate widths than Next's defaults (8 + 7): every <img> lists them all in its
    // srcset, in the HTML and again in the RSC payload, and a grid page has dozens of images.
    deviceSizes: [640, 828, 1080, 1440, 1920],
    imageSizes: [48, 96, 128, 256, 384],
    localPatterns: [{ pathname: '/files/**' }],
    // uploadthing serves stored files from https://<appId>.ufs.sh/f/<key>.
    remotePatterns: [{ protocol: 'https', hostname: '*.ufs.sh', pathname: '/f/**' }],
  },
  experimental: {
    serverActions: { bodySizeLimit: '2mb' },
    optimizePackageImports: ['radix-ui', 'lucide-react'],
  },
}

export default nextConfig
