import { StoreIcon } from 'lucide-react'
import { CatalogNotFound } from '@/components/catalog/catalog-not-found'

export default function StoreNotFound() {
  return (
    <CatalogNotFound
      icon={StoreIcon}
      title="We couldn't find that store"
      description="The store may have closed or changed its address. Search for the seller or their products instead."
    />
  )
}
