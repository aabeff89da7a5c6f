import { StoreStateBanner } from '@/components/studio/store-state-banner'
import { StudioNav } from '@/components/studio/studio-nav'
import { getStudioContext } from '@/lib/dal/studio'

export default async function StoreStudioLayout({ children, params }: LayoutProps<'/studio/[storeId]'>) {
  const { storeId } = await params
  const { store, stores, lowStockCount } = await getStudioContext(storeId)
  return (
    <div className="mx-auto w-full max-w-7xl px-4 py-6 sm:px-6 lg:grid lg:grid-cols-[13rem_minmax(0,1fr)] lg:gap-8 lg:py-8">
      <StudioNav storeId={store.id} storeName={store.name} stores={stores} lowStockCount={lowStockCount} />
      <div className="min-w-0">
        <StoreStateBanner status={store.status} reason={store.statusReason} />
        {children}
      </div>
    </div>
  )
}
