import type { CsvIssue } from '@/lib/domain/product-csv'

const SHOWN = 200

/** Row-by-row problems: the row number as a spreadsheet shows it, the column, what to fix. */
export function CsvIssueTable({ issues, caption, total = issues.length }: { issues: CsvIssue[]; caption: string; total?: number }) {
  return (
    <div className="max-h-96 overflow-auto rounded-lg border">
      <table className="w-full text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="sticky top-0 bg-muted text-left text-xs font-medium text-muted-foreground">
          <tr>
            <th scope="col" className="py-2 pl-3">Row</th>
            <th scope="col" className="py-2 pl-3">Column</th>
            <th scope="col" className="py-2 pr-3 pl-3">Problem</th>
          </tr>
        </thead>
        <tbody className="divide-y">
          {issues.slice(0, SHOWN).map((issue, i) => (
            <tr key={i}>
              <td className="py-1.5 pl-3 tabular-nums">{issue.row}</td>
              <td className="py-1.5 pl-3 font-mono text-xs">{issue.column || '—'}</td>
              <td className="py-1.5 pr-3 pl-3">{issue.message}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {total > SHOWN ? <p className="border-t p-2 text-sm text-muted-foreground">and {(total - SHOWN).toLocaleString('en-IN')} more</p> : null}
    </div>
  )
}
