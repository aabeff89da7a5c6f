'use client'

import { ImagePlusIcon, XIcon } from 'lucide-react'
import { useCallback, useId, useState } from 'react'
import { Button } from '@/components/ui/button'
import { shrinkPhotos } from './shrink-photo'
import { cn } from '@/lib/utils'

const ACCEPT = 'image/jpeg,image/png,image/webp,image/avif'

type PhotoPickerProps = {
  files: File[]
  onChange: (files: File[]) => void
  /** How many photos may be chosen. */
  max: number
  /** After "Photos" in the label, e.g. "(optional)". */
  labelNote?: string
  /** What the photos should show, e.g. "of what you received". */
  subject: string
  error?: string
  disabled?: boolean
}

/**
 * Chosen photos with previews and remove buttons, for forms that send the files with the rest of
 * their fields (reviews, return requests). Changes are announced in a live region.
 */
export function PhotoPicker({ files, onChange, max, labelNote = '(optional)', subject, error, disabled }: PhotoPickerProps) {
  const id = useId()
  const [announcement, setAnnouncement] = useState('')
  const [preparing, setPreparing] = useState(false)
  const full = files.length >= max

  const add = async (chosen: File[]) => {
    if (chosen.length === 0) return
    setPreparing(true)
    const picked = await shrinkPhotos(chosen).finally(() => setPreparing(false))
    const next = [...files, ...picked]
    onChange(next)
    setAnnouncement(`${picked.length === 1 ? '1 photo' : `${picked.length} photos`} added; ${next.length} of ${max} chosen.`)
  }
  const remove = (index: number) => {
    const next = files.filter((_, i) => i !== index)
    onChange(next)
    setAnnouncement(`Photo removed; ${next.length} of ${max} chosen.`)
  }

  return (
    <div className="grid gap-2">
      <p id={`${id}-label`} className={cn('text-sm font-medium', error && 'text-destructive')}>
        Photos <span className="font-normal text-muted-foreground">{labelNote}</span>
      </p>
      <p id={`${id}-hint`} className="text-[13px] text-muted-foreground">
        Up to {max} photos {subject}: JPEG, PNG, WebP or AVIF, 5 MB each.
      </p>
      <ul className="flex flex-wrap gap-3" aria-labelledby={`${id}-label`}>
        {files.map((file, i) => (
          <li key={`${i}-${file.name}-${file.size}-${file.lastModified}`} className="relative">
            <FilePreview file={file} alt={`Photo ${i + 1}: ${file.name}`} />
            <Button
              type="button"
              size="icon"
              variant="secondary"
              disabled={disabled || preparing}
              onClick={() => remove(i)}
              className="absolute -top-2 -right-2 size-7 rounded-full border shadow-sm"
              aria-label={`Remove photo ${i + 1}, ${file.name}`}
            >
              <XIcon aria-hidden="true" className="size-4" />
            </Button>
          </li>
        ))}
        {full ? null : (
          <li>
            <label
              htmlFor={id}
              className="flex size-20 cursor-pointer flex-col items-center justify-center gap-1 rounded-lg border-2 border-dashed text-xs text-muted-foreground hover:bg-accent has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-ring"
            >
              <ImagePlusIcon aria-hidden="true" className="size-5" />
              {preparing ? 'Preparing…' : 'Add photo'}
              <input
                id={id}
                type="file"
                accept={ACCEPT}
                multiple
                disabled={disabled || preparing}
                className="sr-only"
                aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
                aria-invalid={error ? true : undefined}
                onChange={(e) => {
                  void add([...(e.target.files ?? [])])
                  e.target.value = ''
                }}
              />
            </label>
          </li>
        )}
      </ul>
      {error ? (
        <p id={`${id}-error`} role="alert" className="text-[13px] font-medium text-destructive">
          {error}
        </p>
      ) : null}
      <p aria-live="polite" className="sr-only">
        {announcement}
      </p>
    </div>
  )
}

/** A preview of a local file; the object URL lives exactly as long as the image element. */
function FilePreview({ file, alt }: { file: File; alt: string }) {
  const attach = useCallback(
    (img: HTMLImageElement | null) => {
      if (!img) return
      const url = URL.createObjectURL(file)
      img.src = url
      return () => URL.revokeObjectURL(url)
    },
    [file],
  )
  // eslint-disable-next-line @next/next/no-img-element -- a local blob: preview, which next/image cannot load
  return <img ref={attach} alt={alt} className="size-20 rounded-lg border object-cover" />
}
