import { ClockIcon, OctagonAlertIcon } from 'lucide-react'
import { Alert, AlertDescription, AlertTitle } from '@/components/ui/alert'

/** Why a store's products are not public yet, or why nothing can be changed. */
export function StoreStateBanner({ status, reason }: { status: 'pending' | 'approved' | 'rejected' | 'suspended'; reason: string | null }) {
  if (status === 'approved') return null
  if (status === 'pending') {
    return (
      <Alert className="mb-6">
        <ClockIcon aria-hidden="true" />
        <AlertTitle>Your store is waiting for approval</AlertTitle>
        <AlertDescription>
          Add products now. Products you make public appear on Haat as soon as an admin approves the store, usually within one working day.
        </AlertDescription>
      </Alert>
    )
  }
  return (
    <Alert variant="destructive" className="mb-6">
      <OctagonAlertIcon aria-hidden="true" />
      <AlertTitle>This store is {status}</AlertTitle>
      <AlertDescription>
        {reason ?? 'Contact support to find out why.'} Its products are hidden from shoppers and cannot be changed until the store is restored.
      </AlertDescription>
    </Alert>
  )
}
