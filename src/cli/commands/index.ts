import type { Command } from '../command.js'
import { migrateCommand } from './migrate.js'
import { seedDemoCommand } from './seed-demo.js'
import { seedSyntheticCommand } from './seed-synthetic.js'
import { addUserCommand } from './add-user.js'
import { createTokenCommand } from './create-token.js'
import { verifyAuditCommand } from './verify-audit.js'
import { jobCommands } from './jobs.js'
import { importCommands } from './import.js'
import { bilanCommand } from './bilan.js'
import { exportCommand } from './export.js'
import { backupCommand } from './backup.js'
import { restoreCommand } from './restore.js'

export const commands: Command[] = [
  migrateCommand,
  seedDemoCommand,
  seedSyntheticCommand,
  addUserCommand,
  createTokenCommand,
  verifyAuditCommand,
  ...jobCommands,
  ...importCommands,
  exportCommand,
  bilanCommand,
  backupCommand,
  restoreCommand,
]
