import { PackageXIcon } from 'lucide-react'
import { CatalogNotFound } from '@/components/catalog/catalog-not-found'

export default function ProductNotFound() {
  return (
    <CatalogNotFound
      icon={PackageXIcon}
      title="This product isn't available"
      description="The seller may have sold out and removed it, or the link is old. Search for something similar, or see what's live now."
    />
  )
}
