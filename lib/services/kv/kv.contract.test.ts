import { runKvContract } from './contract'
import { createMemoryKv } from './memory'

runKvContract('memory', () => createMemoryKv())
