'use client'

import { useSortable } from '@dnd-kit/sortable'
import { ArrowDownIcon, ArrowUpIcon, GripVerticalIcon, XIcon } from 'lucide-react'
import Image from 'next/image'
import type { UseFormReturn } from 'react-hook-form'
import { Button } from '@/components/ui/button'
import { Input } from '@/components/ui/input'
import { cn, formatINR } from '@/lib/utils'
import type { RunListFormItem, ShowFormValues } from '@/lib/validations/show'

type Props = {
  uid: string
  item: RunListFormItem
  index: number
  count: number
  form: UseFormReturn<ShowFormValues>
  disabled: boolean
  onMove: (from: number, to: number) => void
  onRemove: (index: number) => void
}

/** One product of the run list: drag handle (keyboard too), up/down, live price, remove. */
export function RunListRow({ uid, item, index, count, form, disabled, onMove, onRemove }: Props) {
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({ id: uid, disabled })
  const errors = form.formState.errors.runList?.[index]
  const error = errors?.livePrice?.message ?? errors?.productId?.message
  const priceId = `run-list-${uid}-price`
  return (
    <li
      ref={setNodeRef}
      style={{ transform: transform ? `translate3d(${transform.x}px, ${transform.y}px, 0)` : undefined, transition }}
      className={cn('grid gap-2 rounded-lg border bg-background p-2', isDragging && 'relative z-10 shadow-lg ring-2 ring-ring', error && 'border-destructive/60')}
    >
      <div className="flex items-center gap-2">
        <Button ref={setActivatorNodeRef} type="button" variant="ghost" size="icon" className="size-8 shrink-0 cursor-grab touch-none" aria-label={`Drag to reorder ${item.title}`} disabled={disabled} {...attributes} {...listeners}>
          <GripVerticalIcon aria-hidden="true" />
        </Button>
        <span className="w-5 text-center text-sm font-semibold text-muted-foreground tabular-nums">{index + 1}</span>
        <span className="relative size-10 shrink-0 overflow-hidden rounded-md bg-muted">
          {item.imageUrl ? <Image src={item.imageUrl} alt="" fill sizes="40px" className="object-cover" /> : null}
        </span>
        <span className="min-w-0 flex-1">
          <span className="line-clamp-1 text-sm font-medium">{item.title}</span>
          <span className="text-xs text-muted-foreground">
            {formatINR(item.pricePaise)} · {item.stock > 0 ? `${item.stock} in stock` : 'Out of stock'}
          </span>
        </span>
        <Button type="button" variant="ghost" size="icon" className="size-8 text-destructive" onClick={() => onRemove(index)} disabled={disabled} aria-label={`Remove ${item.title}`}>
          <XIcon aria-hidden="true" />
        </Button>
      </div>
      <div className="flex items-end gap-2 pl-10">
        <label htmlFor={priceId} className="grid flex-1 gap-1 text-xs font-medium">
          Live price (₹, optional)
          <Input
            id={priceId}
            inputMode="decimal"
            autoComplete="off"
            placeholder={`Below ${formatINR(item.pricePaise)}`}
            className="h-8 text-sm"
            disabled={disabled}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${priceId}-error` : undefined}
            {...form.register(`runList.${index}.livePrice`)}
          />
        </label>
        <Button type="button" variant="ghost" size="icon" className="size-8" disabled={disabled || index === 0} onClick={() => onMove(index, index - 1)} aria-label={`Move ${item.title} up`}>
          <ArrowUpIcon aria-hidden="true" />
        </Button>
        <Button type="button" variant="ghost" size="icon" className="size-8" disabled={disabled || index === count - 1} onClick={() => onMove(index, index + 1)} aria-label={`Move ${item.title} down`}>
          <ArrowDownIcon aria-hidden="true" />
        </Button>
      </div>
      {error ? (
        <p id={`${priceId}-error`} role="alert" className="pl-10 text-[13px] font-medium text-destructive">
          {error}
        </p>
      ) : null}
    </li>
  )
}
