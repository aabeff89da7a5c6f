'use client'

import { ArchiveIcon, ArchiveRestoreIcon, CopyIcon, ExternalLinkIcon, MoreHorizontalIcon, PencilIcon } from 'lucide-react'
import Link from 'next/link'
import { useRouter } from 'next/navigation'
import { useTransition } from 'react'
import { toast } from '@/components/ui/toast'
import { Button } from '@/components/ui/button'
import { DropdownMenu, DropdownMenuContent, DropdownMenuItem, DropdownMenuSeparator, DropdownMenuTrigger } from '@/components/ui/dropdown-menu'
import { archiveProductAction, duplicateProductAction } from './product-actions'

type Props = {
  storeId: string
  product: { id: string; title: string; slug: string; status: 'active' | 'archived' | 'suspended'; visibility: 'draft' | 'private' | 'public' }
  /** Hides "Edit" where the row's own link already does it. */
  showEdit?: boolean
  readOnly?: boolean
}

export function useProductCommands(storeId: string) {
  const router = useRouter()
  const [pending, startTransition] = useTransition()
  const duplicate = (productId: string) =>
    startTransition(async () => {
      const result = await duplicateProductAction({ storeId, productId })
      if (!result.ok) return void toast.error(result.formError ?? 'Could not duplicate the product.')
      toast.success('Copy saved as a draft, without SKUs or stock. Set them before publishing.')
      router.push(`/studio/${storeId}/products/${result.data.id}`)
    })
  const archive = (productId: string, archived: boolean) =>
    startTransition(async () => {
      const result = await archiveProductAction({ storeId, productId, archived })
      if (!result.ok) return void toast.error(result.formError ?? 'Could not change the product.')
      toast.success(archived ? 'Archived: hidden from shoppers and lives. Restore it any time.' : 'Restored to your active products.')
      router.refresh()
    })
  return { pending, duplicate, archive }
}

export function ProductRowActions({ storeId, product, showEdit = true, readOnly = false }: Props) {
  const { pending, duplicate, archive } = useProductCommands(storeId)
  return (
    <DropdownMenu>
      <DropdownMenuTrigger asChild>
        <Button variant="ghost" size="icon" className="size-9" disabled={pending} aria-label={`Actions for ${product.title}`}>
          <MoreHorizontalIcon aria-hidden="true" />
        </Button>
      </DropdownMenuTrigger>
      <DropdownMenuContent align="end">
        {showEdit ? (
          <DropdownMenuItem asChild>
            <Link href={`/studio/${storeId}/products/${product.id}`}>
              <PencilIcon aria-hidden="true" /> Edit
            </Link>
          </DropdownMenuItem>
        ) : null}
        {product.visibility === 'public' && product.status === 'active' ? (
          <DropdownMenuItem asChild>
            <Link href={`/p/${product.slug}`} target="_blank">
              <ExternalLinkIcon aria-hidden="true" /> View on Haat
            </Link>
          </DropdownMenuItem>
        ) : null}
        {readOnly ? null : (
          <>
            <DropdownMenuItem onSelect={() => duplicate(product.id)}>
              <CopyIcon aria-hidden="true" /> Duplicate
            </DropdownMenuItem>
            {product.status !== 'suspended' ? <DropdownMenuSeparator /> : null}
            {product.status === 'active' ? (
              <DropdownMenuItem variant="destructive" onSelect={() => archive(product.id, true)}>
                <ArchiveIcon aria-hidden="true" /> Archive
              </DropdownMenuItem>
            ) : product.status === 'archived' ? (
              <DropdownMenuItem onSelect={() => archive(product.id, false)}>
                <ArchiveRestoreIcon aria-hidden="true" /> Restore from archive
              </DropdownMenuItem>
            ) : null}
          </>
        )}
      </DropdownMenuContent>
    </DropdownMenu>
  )
}
