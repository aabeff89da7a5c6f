'use client'

import { DndContext, KeyboardSensor, PointerSensor, closestCenter, useSensor, useSensors, type Announcements, type DragEndEvent } from '@dnd-kit/core'
import { SortableContext, arrayMove, rectSortingStrategy, sortableKeyboardCoordinates } from '@dnd-kit/sortable'
import { ImagePlusIcon } from 'lucide-react'
import { useId, useState, type Dispatch, type SetStateAction } from 'react'
import { shrinkPhoto } from '@/components/forms/shrink-photo'
import { toast } from '@/components/ui/toast'
import { Button } from '@/components/ui/button'
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from '@/components/ui/dialog'
import type { ActionResult } from '@/lib/actions/errors'
import type { StudioMedia } from '@/lib/dal/studio'
import { formatMegabytes, UPLOAD_LIMITS } from '@/lib/services/storage/validate'
import { cn } from '@/lib/utils'
import { deleteMediaAction, finishVideoUploadAction, reorderMediaAction, startVideoUploadAction, updateMediaAltAction } from './media-actions'
import { ProductMediaItem, mediaName } from './product-media-item'
import { postWithProgress, putFileWithProgress } from './upload-with-progress'

type Upload = { key: string; name: string; progress: number; error: string | null }
type Props = { storeId: string; productId: string; media: StudioMedia[]; onMediaChange: Dispatch<SetStateAction<StudioMedia[]>>; readOnly: boolean }

const ACCEPT = 'image/jpeg,image/png,image/webp,image/avif,video/mp4,video/webm'

export function ProductMediaManager({ storeId, productId, media, onMediaChange, readOnly }: Props) {
  const inputId = useId()
  const [uploads, setUploads] = useState<Upload[]>([])
  const [dragOver, setDragOver] = useState(false)
  const [confirming, setConfirming] = useState<StudioMedia | null>(null)
  const [announcement, setAnnouncement] = useState('')
  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 6 } }), useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }))
  const ref = { storeId, productId }
  const patch = (key: string, change: Partial<Upload>) => setUploads((list) => list.map((u) => (u.key === key ? { ...u, ...change } : u)))

  const uploadFiles = async (files: File[]) => {
    let count = media.length
    const queued = files.map((file, i) => ({ file, key: `${Date.now()}-${i}-${file.name}` }))
    setUploads((list) => [...list, ...queued.map(({ file, key }) => ({ key, name: file.name, progress: 0, error: null }))])
    // One at a time: phones on mobile data finish the first photo sooner instead of all slowly.
    for (const { file: chosen, key } of queued) {
      const file = chosen.type.startsWith('image/') ? await shrinkPhoto(chosen) : chosen
      const limit = file.type.startsWith('video/') ? UPLOAD_LIMITS.video : UPLOAD_LIMITS.image
      if (file.size > limit) {
        patch(key, { error: `${file.name} is ${formatMegabytes(file.size)}; the limit is ${formatMegabytes(limit)}.` })
        continue
      }
      const onProgress = (p: number) => patch(key, { progress: p })
      const result = file.type.startsWith('video/') ? await uploadVideo(file, onProgress) : await uploadPhoto(file, onProgress)
      if (!result.ok) {
        patch(key, { error: `${file.name}: ${result.fieldErrors?.file?.[0] ?? result.formError ?? 'upload failed'}` })
        continue
      }
      onMediaChange((list) => [...list, result.data])
      setUploads((list) => list.filter((u) => u.key !== key))
      setAnnouncement(`${file.name} uploaded as ${mediaName(result.data, count++).toLowerCase()}.`)
    }
  }

  // Photos go through our route, which converts them; videos go straight to storage and are
  // checked once they are there (lib/dal/studio-media.ts).
  const uploadPhoto = (file: File, onProgress: (p: number) => void) => {
    const body = new FormData()
    body.append('file', file)
    return postWithProgress<StudioMedia>(`/api/studio/${storeId}/products/${productId}/media`, body, onProgress)
  }
  const uploadVideo = async (file: File, onProgress: (p: number) => void): Promise<ActionResult<StudioMedia>> => {
    const started = await startVideoUploadAction({ ...ref, name: file.name, size: file.size, contentType: file.type })
    if (!started.ok) return started
    const failed = await putFileWithProgress(started.data.url, file, onProgress)
    if (failed) return { ok: false, code: 'server_error', formError: failed }
    return finishVideoUploadAction({ ...ref, key: started.data.key, claim: started.data.claim })
  }

  const saveOrder = async (next: StudioMedia[], previous: StudioMedia[]) => {
    onMediaChange(next)
    const result = await reorderMediaAction({ ...ref, mediaIds: next.map((m) => m.id) })
    if (!result.ok) {
      onMediaChange(previous)
      toast.error(result.formError ?? 'Could not save the new order.')
    }
  }
  const move = (from: number, to: number) => {
    void saveOrder(arrayMove(media, from, to), media)
    setAnnouncement(`${mediaName(media[from]!, from)} moved to position ${to + 1} of ${media.length}.`)
  }
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over || active.id === over.id) return
    const from = media.findIndex((m) => m.id === active.id)
    const to = media.findIndex((m) => m.id === over.id)
    if (from >= 0 && to >= 0) void saveOrder(arrayMove(media, from, to), media)
  }
  const position = (id: string | number) => media.findIndex((m) => m.id === id) + 1
  const announcements: Announcements = {
    onDragStart: ({ active }) => `Picked up item ${position(active.id)} of ${media.length}. Use the arrow keys to move it, space to drop, escape to cancel.`,
    onDragOver: ({ over }) => (over ? `Over position ${position(over.id)}.` : 'Not over a position.'),
    onDragEnd: ({ over }) => (over ? `Dropped at position ${position(over.id)}.` : 'Dropped.'),
    onDragCancel: () => 'Reordering cancelled.',
  }

  const remove = async (item: StudioMedia) => {
    setConfirming(null)
    const result = await deleteMediaAction({ ...ref, mediaId: item.id })
    if (!result.ok) return void toast.error(result.formError ?? 'Could not delete it.')
    onMediaChange((list) => list.filter((m) => m.id !== item.id))
    setAnnouncement('Deleted.')
  }
  const saveAlt = async (item: StudioMedia, alt: string) => {
    const result = await updateMediaAltAction({ ...ref, mediaId: item.id, alt })
    if (!result.ok) toast.error(result.formError ?? 'Could not save the description.')
    else onMediaChange((list) => list.map((m) => (m.id === item.id ? { ...m, alt } : m)))
    return result.ok
  }

  return (
    <section aria-labelledby={`${inputId}-heading`} className="grid gap-4 rounded-xl border bg-card p-4 sm:p-6">
      <div>
        <h2 id={`${inputId}-heading`} className="text-lg font-semibold tracking-tight">Photos and videos</h2>
        <p className="text-sm text-muted-foreground">
          The first one is the main photo. Drag, or use the arrows, to reorder. JPEG, PNG, WebP or AVIF up to {formatMegabytes(UPLOAD_LIMITS.image)}; MP4 or WebM up to {formatMegabytes(UPLOAD_LIMITS.video)}.
        </p>
      </div>
      {media.length > 0 ? (
        <DndContext id={`${inputId}-dnd`} sensors={sensors} collisionDetection={closestCenter} onDragEnd={onDragEnd} accessibility={{ announcements }}>
          <SortableContext items={media.map((m) => m.id)} strategy={rectSortingStrategy}>
            <ul className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-4" aria-label="Photos and videos, in order">
              {media.map((item, index) => (
                <ProductMediaItem key={item.id} item={item} index={index} count={media.length} readOnly={readOnly} onMove={move} onDelete={setConfirming} onAlt={saveAlt} />
              ))}
            </ul>
          </SortableContext>
        </DndContext>
      ) : null}
      {uploads.length > 0 ? (
        <ul className="grid gap-2" aria-label="Uploads">
          {uploads.map((u) => (
            <li key={u.key} className="grid gap-1 text-sm">
              {u.error ? (
                <p role="alert" className="flex items-center justify-between gap-2 text-destructive">
                  {u.error}
                  <Button type="button" variant="ghost" size="sm" onClick={() => setUploads((list) => list.filter((x) => x.key !== u.key))}>
                    Dismiss
                  </Button>
                </p>
              ) : (
                <>
                  <span className="truncate">
                    {u.name} — {u.progress < 1 ? `${Math.round(u.progress * 100)}%` : 'processing…'}
                  </span>
                  <progress className="h-2 w-full accent-[var(--primary-ink)]" max={100} value={Math.round(u.progress * 100)} aria-label={`Uploading ${u.name}`} />
                </>
              )}
            </li>
          ))}
        </ul>
      ) : null}
      {readOnly ? null : (
        <label
          htmlFor={inputId}
          onDragOver={(e) => (e.preventDefault(), setDragOver(true))}
          onDragLeave={() => setDragOver(false)}
          onDrop={(e) => {
            e.preventDefault()
            setDragOver(false)
            void uploadFiles([...e.dataTransfer.files])
          }}
          className={cn(
            'flex cursor-pointer flex-col items-center gap-2 rounded-lg border-2 border-dashed p-6 text-center text-sm text-muted-foreground has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-ring',
            dragOver && 'border-primary-ink bg-accent',
          )}
        >
          <ImagePlusIcon aria-hidden="true" className="size-6" />
          <span className="font-medium text-foreground">Add photos or videos</span>
          <span>Choose files, or drop them here</span>
          <input
            id={inputId}
            type="file"
            multiple
            accept={ACCEPT}
            className="sr-only"
            onChange={(e) => {
              const files = [...(e.target.files ?? [])]
              e.target.value = ''
              void uploadFiles(files)
            }}
          />
        </label>
      )}
      <p className="sr-only" aria-live="polite">
        {announcement}
      </p>
      <Dialog open={confirming !== null} onOpenChange={(open) => (open ? null : setConfirming(null))}>
        <DialogContent>
          <DialogHeader>
            <DialogTitle>Delete this {confirming?.kind === 'video' ? 'video' : 'photo'}?</DialogTitle>
            <DialogDescription>It is removed from the product and any variant that uses it. This cannot be undone.</DialogDescription>
          </DialogHeader>
          <DialogFooter>
            <Button variant="outline" onClick={() => setConfirming(null)}>
              Keep it
            </Button>
            <Button variant="destructive" onClick={() => confirming && void remove(confirming)}>
              Delete
            </Button>
          </DialogFooter>
        </DialogContent>
      </Dialog>
    </section>
  )
}
