'use client'

import { DndContext, KeyboardSensor, PointerSensor, closestCenter, useSensor, useSensors, type Announcements, type DragEndEvent } from '@dnd-kit/core'
import { SortableContext, sortableKeyboardCoordinates, verticalListSortingStrategy } from '@dnd-kit/sortable'
import { PackageOpenIcon, PlusIcon, SearchIcon } from 'lucide-react'
import Image from 'next/image'
import { useEffect, useId, useState } from 'react'
import { useFieldArray, type UseFormReturn } from 'react-hook-form'
import { Button } from '@/components/ui/button'
import { Input } from '@/components/ui/input'
import { formatINR } from '@/lib/utils'
import { MAX_RUN_LIST, type RunListFormItem, type ShowFormValues } from '@/lib/validations/show'
import { searchRunListProductsAction } from './actions'
import { RunListRow } from './run-list-row'

type Candidate = Omit<RunListFormItem, 'livePrice'>

/** Search the store's products, add them to the run list, order them (drag or buttons), set live prices. */
export function RunListPicker({ form, storeId, disabled }: { form: UseFormReturn<ShowFormValues>; storeId: string; disabled: boolean }) {
  const id = useId()
  const { fields, append, remove, move } = useFieldArray({ control: form.control, name: 'runList' })
  const [query, setQuery] = useState('')
  const [results, setResults] = useState<Candidate[] | null>(null)
  const [searchError, setSearchError] = useState<string | null>(null)
  const [announcement, setAnnouncement] = useState('')
  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 6 } }), useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }))

  useEffect(() => {
    let stale = false
    const timer = setTimeout(async () => {
      try {
        const result = await searchRunListProductsAction({ storeId, query })
        if (stale) return
        if (result.ok) {
          setResults(result.data)
          setSearchError(null)
        } else setSearchError(result.formError ?? 'We could not search your products. Try again.')
      } catch {
        if (!stale) setSearchError('We could not reach Haat. Check your connection and try again.')
      }
    }, 250)
    return () => {
      stale = true
      clearTimeout(timer)
    }
  }, [storeId, query])

  const inList = new Set(fields.map((f) => f.productId))
  const full = fields.length >= MAX_RUN_LIST
  const rootError = form.formState.errors.runList?.message ?? form.formState.errors.runList?.root?.message

  const add = (c: Candidate) => {
    append({ ...c, livePrice: '' }, { shouldFocus: false })
    form.clearErrors('runList')
    setAnnouncement(`${c.title} added at position ${fields.length + 1}.`)
  }
  const moveTo = (from: number, to: number) => {
    if (to < 0 || to >= fields.length) return
    move(from, to)
    setAnnouncement(`${fields[from]?.title} moved to position ${to + 1} of ${fields.length}.`)
  }
  const removeAt = (index: number) => {
    const title = fields[index]?.title
    remove(index)
    setAnnouncement(`${title} removed from the run list.`)
  }
  const position = (uid: string | number) => fields.findIndex((f) => f.id === uid) + 1
  const titleOf = (uid: string | number) => fields.find((f) => f.id === uid)?.title ?? 'Product'
  const announcements: Announcements = {
    onDragStart: ({ active }) => `Picked up ${titleOf(active.id)} at position ${position(active.id)}.`,
    onDragOver: ({ active, over }) => (over ? `${titleOf(active.id)} is over position ${position(over.id)}.` : `${titleOf(active.id)} is not over a position.`),
    onDragEnd: ({ active, over }) => (over ? `${titleOf(active.id)} dropped at position ${position(over.id)}.` : 'Dropped.'),
    onDragCancel: ({ active }) => `Moving ${titleOf(active.id)} was cancelled.`,
  }
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over || active.id === over.id) return
    move(position(active.id) - 1, position(over.id) - 1)
  }

  return (
    <div className="grid gap-6 lg:grid-cols-2">
      <section aria-labelledby={`${id}-list`} className="grid content-start gap-3">
        <h3 id={`${id}-list`} className="text-sm font-semibold">
          Run list <span className="font-normal text-muted-foreground">({fields.length} of up to {MAX_RUN_LIST}, in the order you will present them)</span>
        </h3>
        {rootError ? (
          <p role="alert" className="text-[13px] font-medium text-destructive">
            {rootError}
          </p>
        ) : null}
        {fields.length === 0 ? (
          <p className="flex items-center gap-2 rounded-lg border border-dashed p-4 text-sm text-muted-foreground">
            <PackageOpenIcon aria-hidden="true" className="size-5 shrink-0" /> No products yet. Add them from “Your products”.
          </p>
        ) : (
          <DndContext id={`${id}-dnd`} sensors={sensors} collisionDetection={closestCenter} onDragEnd={onDragEnd} accessibility={{ announcements }}>
            <SortableContext items={fields.map((f) => f.id)} strategy={verticalListSortingStrategy}>
              <ol className="grid gap-2">
                {fields.map((field, index) => (
                  <RunListRow key={field.id} uid={field.id} item={field} index={index} count={fields.length} form={form} disabled={disabled} onMove={moveTo} onRemove={removeAt} />
                ))}
              </ol>
            </SortableContext>
          </DndContext>
        )}
      </section>

      <section aria-labelledby={`${id}-search`} className="grid content-start gap-3">
        <h3 id={`${id}-search`} className="text-sm font-semibold">
          Your products
        </h3>
        <div className="relative">
          <SearchIcon aria-hidden="true" className="pointer-events-none absolute top-1/2 left-3 size-4 -translate-y-1/2 text-muted-foreground" />
          <Input type="search" value={query} onChange={(e) => setQuery(e.target.value)} placeholder="Search by title or SKU" aria-label="Search your products" className="pl-9" disabled={disabled} />
        </div>
        <p className="text-[13px] text-muted-foreground">Only public, active products marked “available in lives” can be added.</p>
        {searchError ? (
          <p role="alert" className="text-[13px] font-medium text-destructive">
            {searchError}
          </p>
        ) : null}
        {results === null ? (
          <p className="text-sm text-muted-foreground" aria-busy="true">
            Loading your products…
          </p>
        ) : results.length === 0 ? (
          <p className="rounded-lg border border-dashed p-4 text-sm text-muted-foreground">{query ? `No products match “${query}”.` : 'No products can go on a run list yet. Publish a product first.'}</p>
        ) : (
          <ul className="grid max-h-[28rem] gap-1 overflow-y-auto rounded-lg border p-1">
            {results.map((c) => {
              const added = inList.has(c.productId)
              return (
                <li key={c.productId} className="flex items-center gap-3 rounded-md p-2 hover:bg-accent/50">
                  <span className="relative size-10 shrink-0 overflow-hidden rounded-md bg-muted">
                    {c.imageUrl ? <Image src={c.imageUrl} alt="" fill sizes="40px" className="object-cover" /> : null}
                  </span>
                  <span className="min-w-0 flex-1">
                    <span className="line-clamp-1 text-sm font-medium">{c.title}</span>
                    <span className="text-xs text-muted-foreground">
                      {formatINR(c.pricePaise)} · {c.stock > 0 ? `${c.stock} in stock` : 'Out of stock'}
                    </span>
                  </span>
                  <Button type="button" size="sm" variant={added ? 'ghost' : 'outline'} disabled={disabled || added || full} onClick={() => add(c)} aria-label={added ? `${c.title} is in the run list` : `Add ${c.title}`}>
                    {added ? 'Added' : (
                      <>
                        <PlusIcon aria-hidden="true" /> Add
                      </>
                    )}
                  </Button>
                </li>
              )
            })}
          </ul>
        )}
      </section>
      <p aria-live="polite" className="sr-only">
        {announcement}
      </p>
    </div>
  )
}
