import { FolderSearchIcon } from 'lucide-react'
import { CatalogNotFound } from '@/components/catalog/catalog-not-found'

export default function CategoryNotFound() {
  return (
    <CatalogNotFound
      icon={FolderSearchIcon}
      title="We couldn't find that category"
      description="It may have moved, or the page you asked for is past the last one. Try the home page or search instead."
    />
  )
}
