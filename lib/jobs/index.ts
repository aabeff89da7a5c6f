import 'server-only'

// Every job handler module, imported for its registerJob calls. The jobs route and the embedded
// scheduler (lib/boot.ts) import this barrel so the handlers exist wherever jobs run.
import './commerce'
