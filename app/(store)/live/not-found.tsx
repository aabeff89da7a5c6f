import { RadioIcon } from 'lucide-react'
import { CatalogNotFound } from '@/components/catalog/catalog-not-found'

export default function ShowNotFound() {
  return (
    <CatalogNotFound
      icon={RadioIcon}
      title="We couldn't find that show"
      description="The link may be mistyped, or the store may no longer be on Haat. Live and upcoming shows are on the home page."
    />
  )
}
