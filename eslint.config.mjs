import nextVitals from 'eslint-config-next/core-web-vitals'
import nextTs from 'eslint-config-next/typescript'
import drizzle from 'eslint-plugin-drizzle'

// Vendor SDKs live behind lib/services/<service>; everything else imports the service.
const vendorSdks = [
  'razorpay',
  'pusher',
  'pusher-js',
  '@upstash/redis',
  '@upstash/ratelimit',
  '@upstash/qstash',
  'livekit-server-sdk',
  'livekit-client',
  '@livekit/components-react',
  '@livekit/components-styles',
  'uploadthing',
  '@uploadthing/react',
  'nodemailer',
  'smtp-server',
]

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: [
      '.next/**',
      'node_modules/**',
      '.data/**',
      'db/migrations/**',
      'next-env.d.ts',
      'test-results/**',
      'playwright-report/**',
    ],
  },
  {
    plugins: { drizzle },
    rules: {
      'drizzle/enforce-delete-with-where': ['error', { drizzleObjectName: ['db', 'tx'] }],
      'drizzle/enforce-update-with-where': ['error', { drizzleObjectName: ['db', 'tx'] }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-restricted-imports': [
        'error',
        {
          paths: vendorSdks.map((name) => ({
            name,
            message: 'Import the service from @/lib/services/<service> instead of the vendor SDK.',
          })),
          patterns: vendorSdks.map((name) => ({
            group: [`${name}/*`],
            message: 'Import the service from @/lib/services/<service> instead of the vendor SDK.',
          })),
        },
      ],
    },
  },
  {
    files: ['lib/services/**', 'tests/**', 'bench/**'],
    rules: { 'no-restricted-imports': 'off' },
  },
]

export default config
