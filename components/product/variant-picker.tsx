'use client'

import { optionValueStates } from '@/lib/catalog/variants'
import { cn } from '@/lib/utils'
import { useProductVariant } from './product-variant-context'

/** One radio group per option; combinations that can't be bought are disabled. */
export function VariantPicker() {
  const { product, selection, choose } = useProductVariant()
  if (product.options.length === 0 || product.variants.length === 0) return null
  const states = optionValueStates(product.options, product.variants, selection)

  return (
    <div className="flex flex-col gap-5">
      {product.options.map((option, index) => (
        <fieldset key={option.name} className="min-w-0">
          <legend className="mb-2 text-sm">
            <span className="font-semibold">{option.name}:</span> <span className="text-muted-foreground">{selection[index]}</span>
          </legend>
          <div className="flex flex-wrap gap-2">
            {(states[index] ?? []).map(({ value, available }) => {
              const checked = selection[index] === value
              const disabled = !available && !checked
              return (
                <label
                  key={value}
                  className={cn(
                    'relative inline-flex min-h-10 min-w-12 cursor-pointer items-center justify-center rounded-lg border px-3.5 text-sm font-medium transition-colors select-none',
                    'has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-ring has-[:focus-visible]:ring-offset-2 has-[:focus-visible]:ring-offset-background',
                    checked ? 'border-foreground bg-foreground text-background' : 'border-input bg-card hover:border-foreground/40',
                    disabled && 'cursor-not-allowed border-dashed text-muted-foreground line-through opacity-60 hover:border-input',
                  )}
                >
                  <input
                    type="radio"
                    name={`option-${index}`}
                    value={value}
                    checked={checked}
                    disabled={disabled}
                    onChange={() => choose(index, value)}
                    className="absolute inset-0 size-full cursor-pointer appearance-none rounded-lg opacity-0 disabled:cursor-not-allowed"
                  />
                  {value}
                  {disabled ? <span className="sr-only"> (unavailable)</span> : null}
                </label>
              )
            })}
          </div>
        </fieldset>
      ))}
    </div>
  )
}
