'use client'

import { FileUpIcon } from 'lucide-react'
import { useRouter } from 'next/navigation'
import { useId, useState } from 'react'
import { FormAlert } from '@/components/forms/form-alert'
import { Button } from '@/components/ui/button'
import { type CategoryRef, type CsvIssue, parseProductCsv } from '@/lib/domain/product-csv'
import { validateProductRows } from '@/lib/domain/product-csv-validate'
import { CsvIssueTable } from './csv-issue-table'
import { postWithProgress } from './upload-with-progress'

type Checked = { file: File; rows: number; products: number; valid: number; issues: CsvIssue[] }
type Report = { imported: boolean; rows: number; products: number; created: number; updated: number; skipped: number; issues: CsvIssue[]; issueCount: number }
type Stage = { step: 'idle' } | { step: 'checking'; name: string } | { step: 'checked' } | { step: 'uploading'; progress: number } | { step: 'done'; report: Report } | { step: 'failed'; message: string }

/**
 * Checks the file in the browser with the same rules as the server (instant row-by-row report),
 * then uploads it; the server checks again and imports in one transaction.
 */
export function ProductImport({ storeId, categories, skus }: { storeId: string; categories: CategoryRef[]; skus: string[] }) {
  const router = useRouter()
  const id = useId()
  const [stage, setStage] = useState<Stage>({ step: 'idle' })
  const [checked, setChecked] = useState<Checked | null>(null)
  const [mode, setMode] = useState<'all_or_nothing' | 'valid_only'>('all_or_nothing')

  const check = async (file: File) => {
    setChecked(null)
    setStage({ step: 'checking', name: file.name })
    // Let the "checking" state paint before a large file keeps the main thread busy.
    await new Promise((resolve) => setTimeout(resolve, 30))
    const parsed = parseProductCsv(await file.text())
    const result = validateProductRows(parsed.rows, { storeId, categories, existingSkus: new Set(skus) })
    setChecked({ file, rows: parsed.rows.length, products: result.products.length + result.invalidSkus.size, valid: result.products.length, issues: [...parsed.issues, ...result.issues] })
    setStage({ step: 'checked' })
  }

  const upload = async () => {
    if (!checked) return
    setStage({ step: 'uploading', progress: 0 })
    const body = new FormData()
    body.append('file', checked.file)
    body.append('mode', mode)
    const result = await postWithProgress<Report>(`/api/studio/${storeId}/products/import`, body, (progress) => setStage({ step: 'uploading', progress }))
    if (!result.ok) return setStage({ step: 'failed', message: result.fieldErrors?.file?.[0] ?? result.formError ?? 'The import failed.' })
    setStage({ step: 'done', report: result.data })
    if (result.data.imported) router.refresh()
  }

  const busy = stage.step === 'checking' || stage.step === 'uploading'
  const blocked = checked !== null && checked.issues.length > 0 && mode === 'all_or_nothing'

  return (
    <section aria-labelledby={`${id}-h`} className="grid gap-4 rounded-xl border bg-card p-4 sm:p-6">
      <h2 id={`${id}-h`} className="text-lg font-semibold tracking-tight">Import</h2>
      <label htmlFor={id} className="flex cursor-pointer flex-col items-center gap-2 rounded-lg border-2 border-dashed p-6 text-center text-sm text-muted-foreground has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-ring">
        <FileUpIcon aria-hidden="true" className="size-6" />
        <span className="font-medium text-foreground">{checked ? `Chosen: ${checked.file.name}` : 'Choose a CSV file'}</span>
        <span>Up to 10,000 rows and 10 MB. UTF-8, comma-separated, with the header row.</span>
        <input
          id={id}
          type="file"
          accept=".csv,text/csv"
          className="sr-only"
          disabled={busy}
          onChange={(e) => {
            const file = e.target.files?.[0]
            e.target.value = ''
            if (file) void check(file)
          }}
        />
      </label>

      <div aria-live="polite" className="grid gap-4">
        {stage.step === 'checking' ? <p className="text-sm">Checking every row of {stage.name}…</p> : null}
        {checked && stage.step !== 'checking' ? (
          <p className="text-sm">
            {checked.rows.toLocaleString('en-IN')} rows, {checked.products.toLocaleString('en-IN')} products.{' '}
            {checked.issues.length === 0 ? 'Every row is valid.' : `${checked.issues.length.toLocaleString('en-IN')} problems in ${(checked.products - checked.valid).toLocaleString('en-IN')} products.`}
          </p>
        ) : null}
      </div>
      {checked && checked.issues.length > 0 && stage.step !== 'done' ? <CsvIssueTable issues={checked.issues} caption="Problems found in the file" /> : null}

      {checked && (stage.step === 'checked' || stage.step === 'failed') ? (
        <div className="grid gap-4">
          <fieldset className="grid gap-2">
            <legend className="mb-1 text-sm font-medium">If some rows have problems</legend>
            <label className="flex items-start gap-2 text-sm">
              <input type="radio" name="mode" value="all_or_nothing" checked={mode === 'all_or_nothing'} onChange={() => setMode('all_or_nothing')} className="mt-1" />
              Import nothing until every row is fixed
            </label>
            <label className="flex items-start gap-2 text-sm">
              <input type="radio" name="mode" value="valid_only" checked={mode === 'valid_only'} onChange={() => setMode('valid_only')} className="mt-1" />
              Import the valid products now and skip the others
            </label>
          </fieldset>
          {stage.step === 'failed' ? <FormAlert message={stage.message} /> : null}
          <Button type="button" size="lg" className="justify-self-start" disabled={blocked || checked.valid === 0} onClick={() => void upload()}>
            Import {(mode === 'valid_only' ? checked.valid : checked.products).toLocaleString('en-IN')} products
          </Button>
          {blocked ? <p className="text-sm text-muted-foreground">Fix the rows above and choose the file again, or import only the valid products.</p> : null}
        </div>
      ) : null}

      {stage.step === 'uploading' ? (
        <div className="grid gap-1 text-sm">
          <span>{stage.progress < 1 ? `Uploading… ${Math.round(stage.progress * 100)}%` : 'Importing… this takes a few seconds for large files.'}</span>
          <progress className="h-2 w-full accent-[var(--primary-ink)]" max={100} value={stage.progress < 1 ? Math.round(stage.progress * 100) : undefined} aria-label="Import progress" />
        </div>
      ) : null}

      {stage.step === 'done' ? <ImportResult report={stage.report} onAgain={() => (setChecked(null), setStage({ step: 'idle' }))} /> : null}
    </section>
  )
}

function ImportResult({ report, onAgain }: { report: Report; onAgain: () => void }) {
  return (
    <div className="grid gap-3">
      <FormAlert
        tone={report.imported ? 'success' : 'error'}
        message={
          report.imported
            ? `Imported: ${report.created} new, ${report.updated} updated${report.skipped ? `, ${report.skipped} skipped` : ''}.`
            : `Nothing was imported: ${report.issueCount} problems. Fix them and try again.`
        }
      />
      {report.issues.length > 0 ? <CsvIssueTable issues={report.issues} caption={report.imported ? 'Skipped rows' : 'Problems'} total={report.issueCount} /> : null}
      <Button type="button" variant="outline" className="justify-self-start" onClick={onAgain}>
        Import another file
      </Button>
    </div>
  )
}
