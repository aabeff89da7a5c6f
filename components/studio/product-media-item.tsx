'use client'

import { useSortable } from '@dnd-kit/sortable'
import { ArrowDownIcon, ArrowUpIcon, GripVerticalIcon, Trash2Icon } from 'lucide-react'
import Image from 'next/image'
import { useState } from 'react'
import { Badge } from '@/components/ui/badge'
import { Button } from '@/components/ui/button'
import { Input } from '@/components/ui/input'
import type { StudioMedia } from '@/lib/dal/studio'
import { cn } from '@/lib/utils'

type Props = {
  item: StudioMedia
  index: number
  count: number
  readOnly: boolean
  onMove: (from: number, to: number) => void
  onDelete: (item: StudioMedia) => void
  onAlt: (item: StudioMedia, alt: string) => Promise<boolean>
}

export function mediaName(item: { kind: 'image' | 'video' }, index: number) {
  return `${item.kind === 'video' ? 'Video' : 'Photo'} ${index + 1}`
}

/** A photo or video: drag handle (keyboard too), move up/down buttons, description, delete. */
export function ProductMediaItem({ item, index, count, readOnly, onMove, onDelete, onAlt }: Props) {
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({ id: item.id, disabled: readOnly })
  const [alt, setAlt] = useState(item.alt)
  const [saved, setSaved] = useState<'idle' | 'saving' | 'saved'>('idle')
  const name = mediaName(item, index)
  const saveAlt = async () => {
    if (alt.trim() === item.alt) return
    setSaved('saving')
    setSaved((await onAlt(item, alt.trim())) ? 'saved' : 'idle')
  }

  return (
    <li
      ref={setNodeRef}
      style={{ transform: transform ? `translate3d(${transform.x}px, ${transform.y}px, 0)` : undefined, transition }}
      className={cn('grid gap-2 rounded-lg border bg-background p-2', isDragging && 'relative z-10 shadow-lg ring-2 ring-ring')}
    >
      <div className="relative aspect-square overflow-hidden rounded-md bg-muted">
        {item.kind === 'video' ? (
          <video src={item.url} muted playsInline preload="metadata" className="size-full object-cover" aria-label={name} />
        ) : (
          <Image src={item.url} alt={item.alt || name} fill sizes="(min-width: 1024px) 180px, 45vw" className="object-cover" />
        )}
        {index === 0 ? <Badge className="absolute top-1.5 left-1.5">Main</Badge> : null}
      </div>
      <label className="grid gap-1 text-xs font-medium">
        <span>Description of {name.toLowerCase()}</span>
        <Input
          value={alt}
          maxLength={200}
          disabled={readOnly}
          placeholder="What it shows, for screen readers"
          onChange={(e) => (setAlt(e.target.value), setSaved('idle'))}
          onBlur={saveAlt}
          onKeyDown={(e) => e.key === 'Enter' && (e.preventDefault(), void saveAlt())}
          className="h-8 text-xs"
        />
      </label>
      <p className="min-h-4 text-[11px] text-muted-foreground" aria-live="polite">
        {saved === 'saving' ? 'Saving…' : saved === 'saved' ? 'Saved' : ''}
      </p>
      {readOnly ? null : (
        <div className="flex items-center justify-between gap-1">
          <Button ref={setActivatorNodeRef} type="button" variant="ghost" size="icon" className="size-8 cursor-grab touch-none" aria-label={`Drag to reorder ${name.toLowerCase()}`} {...attributes} {...listeners}>
            <GripVerticalIcon aria-hidden="true" />
          </Button>
          <div className="flex gap-1">
            <Button type="button" variant="ghost" size="icon" className="size-8" disabled={index === 0} onClick={() => onMove(index, index - 1)} aria-label={`Move ${name.toLowerCase()} earlier`}>
              <ArrowUpIcon aria-hidden="true" />
            </Button>
            <Button type="button" variant="ghost" size="icon" className="size-8" disabled={index === count - 1} onClick={() => onMove(index, index + 1)} aria-label={`Move ${name.toLowerCase()} later`}>
              <ArrowDownIcon aria-hidden="true" />
            </Button>
            <Button type="button" variant="ghost" size="icon" className="size-8 text-destructive" onClick={() => onDelete(item)} aria-label={`Delete ${name.toLowerCase()}`}>
              <Trash2Icon aria-hidden="true" />
            </Button>
          </div>
        </div>
      )}
    </li>
  )
}
