import { redirect } from 'next/navigation'

export default async function StoreStudioPage({ params }: PageProps<'/studio/[storeId]'>) {
  const { storeId } = await params
  redirect(`/studio/${storeId}/products`)
}
