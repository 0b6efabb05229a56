import { defineConfig } from 'drizzle-kit'

// `npx drizzle-kit generate` writes the next migration from the feature schema files.
export default defineConfig({
  dialect: 'postgresql',
  schema: './src/modules/*/**/*.schema.ts',
  out: './migrations',
  migrations: { schema: 'escale_meta', table: 'migrations' },
})
