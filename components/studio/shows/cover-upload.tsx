'use client'

import { ImagePlusIcon } from 'lucide-react'
import Image from 'next/image'
import { useRouter } from 'next/navigation'
import { useCallback, useId, useState } from 'react'
import { shrinkPhoto } from '@/components/forms/shrink-photo'
import { postWithProgress } from '@/components/studio/upload-with-progress'
import { cn } from '@/lib/utils'

const ACCEPT = 'image/jpeg,image/png,image/webp,image/avif'

export function coverUploadUrl(storeId: string, showId: string) {
  return `/api/studio/${storeId}/shows/${showId}/cover`
}

export function uploadCover(storeId: string, showId: string, file: File, onProgress: (fraction: number) => void) {
  const body = new FormData()
  body.set('file', file)
  return postWithProgress<{ coverUrl: string }>(coverUploadUrl(storeId, showId), body, onProgress)
}

type Props =
  /** An existing show: the photo uploads as soon as it is chosen. */
  | { mode: 'upload'; storeId: string; showId: string; coverUrl: string | null; disabled?: boolean }
  /** A show not created yet: the form uploads the chosen photo after scheduling. */
  | { mode: 'pick'; file: File | null; onFile: (file: File | null) => void; disabled?: boolean }

/** The show's cover: a 16:9 photo shown on cards, the show page and link previews. */
export function CoverUpload(props: Props) {
  const id = useId()
  const router = useRouter()
  const [progress, setProgress] = useState<number | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [status, setStatus] = useState('')
  const [uploaded, setUploaded] = useState<string | null>(props.mode === 'upload' ? props.coverUrl : null)

  const choose = async (chosen: File | undefined) => {
    setError(null)
    if (!chosen) return
    setStatus('Preparing the photo…')
    const file = await shrinkPhoto(chosen)
    if (props.mode === 'pick') {
      props.onFile(file)
      setStatus(`${file.name} chosen as the cover; it uploads when you schedule the show.`)
      return
    }
    setProgress(0)
    setStatus('Uploading the cover…')
    const result = await uploadCover(props.storeId, props.showId, file, setProgress)
    setProgress(null)
    if (result.ok) {
      setUploaded(result.data.coverUrl)
      setStatus('Cover saved.')
      router.refresh()
    } else {
      const message = result.fieldErrors?.file?.[0] ?? result.formError ?? 'The cover did not upload. Try again.'
      setError(message)
      setStatus('')
    }
  }

  return (
    <div className="grid gap-2">
      <p id={`${id}-label`} className={cn('text-sm font-medium', error && 'text-destructive')}>
        Cover photo <span className="font-normal text-muted-foreground">(optional)</span>
      </p>
      <div className="flex flex-col gap-3 sm:flex-row sm:items-center">
        <div className="relative aspect-video w-full max-w-64 overflow-hidden rounded-lg border bg-muted">
          {props.mode === 'pick' && props.file ? (
            <FilePreview file={props.file} />
          ) : uploaded ? (
            <Image src={uploaded} alt="The current cover" fill sizes="256px" className="object-cover" />
          ) : (
            <span className="flex size-full items-center justify-center text-muted-foreground">
              <ImagePlusIcon aria-hidden="true" className="size-8" />
            </span>
          )}
          {progress !== null ? (
            <span className="absolute inset-x-0 bottom-0 h-1.5 bg-background/70">
              <span className="block h-full bg-primary transition-[width]" style={{ width: `${Math.round(progress * 100)}%` }} />
            </span>
          ) : null}
        </div>
        <div className="grid gap-1">
          <label
            htmlFor={id}
            className="inline-flex h-9 w-fit cursor-pointer items-center gap-2 rounded-md border bg-card px-3 text-sm font-medium hover:bg-accent has-[:disabled]:cursor-not-allowed has-[:disabled]:opacity-50 has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-ring"
          >
            <ImagePlusIcon aria-hidden="true" className="size-4" />
            {uploaded || (props.mode === 'pick' && props.file) ? 'Change cover' : 'Choose a cover'}
            <input
              id={id}
              type="file"
              accept={ACCEPT}
              className="sr-only"
              disabled={props.disabled || progress !== null}
              aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
              aria-invalid={error ? true : undefined}
              onChange={(e) => {
                void choose(e.target.files?.[0])
                e.target.value = ''
              }}
            />
          </label>
          <p id={`${id}-hint`} className="text-[13px] text-muted-foreground">
            A wide photo (16:9) of your products or studio: JPEG, PNG, WebP or AVIF, up to 10 MB.
          </p>
          {props.mode === 'pick' && props.file ? (
            <button type="button" className="w-fit text-[13px] text-muted-foreground underline" onClick={() => props.onFile(null)}>
              Remove chosen photo
            </button>
          ) : null}
        </div>
      </div>
      {error ? (
        <p id={`${id}-error`} role="alert" className="text-[13px] font-medium text-destructive">
          {error}
        </p>
      ) : null}
      <p aria-live="polite" className="sr-only">
        {status}
      </p>
    </div>
  )
}

function FilePreview({ file }: { file: File }) {
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
  return <img ref={attach} alt={`Chosen cover: ${file.name}`} className="size-full object-cover" />
}
