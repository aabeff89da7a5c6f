'use client'

import { PlusIcon, XIcon } from 'lucide-react'
import { useState, type ComponentProps } from 'react'
import { Button } from '@/components/ui/button'
import { Input } from '@/components/ui/input'
import { cn } from '@/lib/utils'

type Props = Omit<ComponentProps<'input'>, 'value' | 'onChange'> & {
  values: string[]
  onChange: (values: string[]) => void
  /** Names a chip in its remove button: "Remove tag silk". */
  itemLabel: string
  max?: number
  maxLength?: number
}

/**
 * Free-text chips (tags, option values): Enter, comma or the Add button adds what was typed;
 * each chip has its own remove button. The input takes the id and aria props of its FormField.
 */
export function ChipInput({ values, onChange, itemLabel, max = 20, maxLength = 40, className, onBlur, ...inputProps }: Props) {
  const [draft, setDraft] = useState('')
  const add = (text: string) => {
    const parts = text.split(',').map((p) => p.trim().slice(0, maxLength)).filter(Boolean)
    const next = [...values]
    for (const part of parts) if (!next.some((v) => v.toLowerCase() === part.toLowerCase()) && next.length < max) next.push(part)
    if (next.length !== values.length) onChange(next)
    setDraft('')
  }
  const full = values.length >= max

  return (
    <div className={cn('grid gap-2', className)}>
      {values.length > 0 ? (
        <ul className="flex flex-wrap gap-1.5" aria-label={`Added ${itemLabel}s`}>
          {values.map((value) => (
            <li key={value} className="flex items-center gap-1 rounded-full border bg-secondary py-0.5 pr-0.5 pl-2.5 text-sm text-secondary-foreground">
              {value}
              <button
                type="button"
                onClick={() => onChange(values.filter((v) => v !== value))}
                aria-label={`Remove ${itemLabel} ${value}`}
                className="flex size-6 items-center justify-center rounded-full hover:bg-background focus-visible:ring-2 focus-visible:ring-ring focus-visible:outline-none"
              >
                <XIcon aria-hidden="true" className="size-3.5" />
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <div className="flex gap-2">
        <Input
          {...inputProps}
          value={draft}
          disabled={full || inputProps.disabled}
          placeholder={full ? `Up to ${max}` : inputProps.placeholder}
          onChange={(e) => (e.target.value.includes(',') ? add(e.target.value) : setDraft(e.target.value))}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault()
              add(draft)
            }
          }}
          onBlur={(e) => {
            if (draft.trim()) add(draft)
            onBlur?.(e)
          }}
        />
        <Button type="button" variant="outline" onClick={() => add(draft)} disabled={full || !draft.trim()} aria-label={`Add ${itemLabel}`}>
          <PlusIcon aria-hidden="true" />
          <span className="max-sm:sr-only">Add</span>
        </Button>
      </div>
    </div>
  )
}
