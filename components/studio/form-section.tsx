import type { ReactNode } from 'react'

/**
 * A titled group of form fields: a fieldset whose legend (holding the section heading) names
 * every control inside. The floated legend sits inside the card instead of on its border.
 */
export function FormSection({ title, description, children, id }: { title: string; description?: ReactNode; children: ReactNode; id?: string }) {
  return (
    <fieldset id={id} className="min-w-0 rounded-xl border bg-card p-4 sm:p-6">
      <legend className="float-left mb-4 w-full">
        <h2 className="text-lg font-semibold tracking-tight">{title}</h2>
        {description ? <span className="block text-sm text-muted-foreground">{description}</span> : null}
      </legend>
      <div className="clear-both grid gap-4">{children}</div>
    </fieldset>
  )
}
