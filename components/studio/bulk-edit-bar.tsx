'use client'

import { useRouter } from 'next/navigation'
import { useEffect, useState } from 'react'
import { FormAlert } from '@/components/forms/form-alert'
import { NativeSelect } from '@/components/forms/native-select'
import { useActionForm } from '@/components/forms/use-action-form'
import { Button } from '@/components/ui/button'
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from '@/components/ui/dialog'
import { FormField } from '@/components/ui/form-field'
import { Input } from '@/components/ui/input'
import type { BulkSummaryItem } from '@/lib/dal/studio-product-ops'
import { formatINR } from '@/lib/utils'
import { bulkEditSchema, type BulkEditFormValues, type BulkOperation } from '@/lib/validations/product-operations'
import { bulkEditAction } from './product-actions'

const OPERATIONS: Record<BulkOperation, { label: string; value: string; hint: string }> = {
  set_price: { label: 'Set price', value: 'New price (₹)', hint: 'Every variant gets this price.' },
  adjust_price_percent: { label: 'Change price by %', value: 'Change (%)', hint: '10 raises by 10%, -10 lowers; rounded to whole rupees.' },
  set_stock: { label: 'Set stock', value: 'New stock', hint: 'Every variant gets this stock.' },
  add_stock: { label: 'Add to stock', value: 'Units to add', hint: 'Use a negative number to remove units from every variant.' },
}

export function BulkEditBar({ storeId, productIds, onDone }: { storeId: string; productIds: string[]; onDone: () => void }) {
  const router = useRouter()
  const [summary, setSummary] = useState<BulkSummaryItem[] | null>(null)
  const { form, onSubmit, formError, pending, ready } = useActionForm<BulkEditFormValues, BulkSummaryItem[]>({
    schema: bulkEditSchema,
    action: bulkEditAction,
    defaultValues: { storeId, productIds, operation: 'set_price', value: '' },
    onSuccess: (data) => {
      setSummary(data)
      router.refresh()
    },
  })
  useEffect(() => form.setValue('productIds', productIds), [form, productIds])
  const operation = OPERATIONS[form.watch('operation')]
  const valueError = form.formState.errors.value?.message ?? form.formState.errors.productIds?.message

  return (
    <section aria-label="Bulk edit" className="sticky bottom-3 z-30 mt-4 rounded-xl border bg-popover p-3 shadow-lg sm:p-4">
      <form onSubmit={onSubmit} noValidate className="grid gap-3">
        <p className="text-sm font-semibold" aria-live="polite">
          {productIds.length} {productIds.length === 1 ? 'product' : 'products'} selected
        </p>
        <FormAlert message={formError && !valueError ? formError : null} />
        <div className="grid gap-3 sm:grid-cols-[minmax(0,12rem)_minmax(0,12rem)_auto_auto] sm:items-end sm:justify-start">
          <FormField label="Change">
            <NativeSelect {...form.register('operation')}>
              {Object.entries(OPERATIONS).map(([key, op]) => (
                <option key={key} value={key}>
                  {op.label}
                </option>
              ))}
            </NativeSelect>
          </FormField>
          <FormField label={operation.value} error={valueError}>
            <Input inputMode="decimal" autoComplete="off" {...form.register('value')} />
          </FormField>
          <Button type="submit" disabled={pending || !ready}>
            {pending ? 'Applying…' : `Apply to ${productIds.length} ${productIds.length === 1 ? 'product' : 'products'}`}
          </Button>
          <Button type="button" variant="ghost" onClick={onDone}>
            Clear selection
          </Button>
        </div>
        <p className="text-xs text-muted-foreground">{operation.hint}</p>
      </form>
      <Dialog open={summary !== null} onOpenChange={(open) => (open ? null : (setSummary(null), onDone()))}>
        <DialogContent>
          <DialogHeader>
            <DialogTitle>Updated {summary?.length ?? 0} products</DialogTitle>
            <DialogDescription>Stock changes are recorded in each product’s inventory history; price changes in the audit log.</DialogDescription>
          </DialogHeader>
          <ul className="grid max-h-80 gap-3 overflow-y-auto text-sm">
            {summary?.map((item) => (
              <li key={item.productId}>
                <p className="font-medium">{item.title}</p>
                {item.changes.length === 0 ? <p className="text-muted-foreground">No change</p> : null}
                <ul className="text-muted-foreground">
                  {item.changes.slice(0, 12).map((c, i) => (
                    <li key={i}>
                      {c.label ? `${c.label}: ` : ''}
                      {c.field === 'price' ? `price ${formatINR(c.from)} → ${formatINR(c.to)}` : `stock ${c.from} → ${c.to}`}
                    </li>
                  ))}
                  {item.changes.length > 12 ? <li>and {item.changes.length - 12} more changes</li> : null}
                </ul>
                {item.compareAtCleared > 0 ? <p className="text-xs">Compare-at price removed where it was no longer above the price.</p> : null}
              </li>
            ))}
          </ul>
          <DialogFooter>
            <Button onClick={() => (setSummary(null), onDone())}>Done</Button>
          </DialogFooter>
        </DialogContent>
      </Dialog>
    </section>
  )
}
