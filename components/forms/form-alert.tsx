import { CircleAlertIcon, CircleCheckIcon } from 'lucide-react'
import { Alert, AlertDescription } from '@/components/ui/alert'

/** The form-level message: announced when it appears, tells the user what to do next. */
export function FormAlert({ message, tone = 'error' }: { message: string | null | undefined; tone?: 'error' | 'success' }) {
  if (!message) return null
  return (
    <Alert variant={tone === 'error' ? 'destructive' : 'success'} role={tone === 'error' ? 'alert' : 'status'}>
      {tone === 'error' ? <CircleAlertIcon aria-hidden="true" /> : <CircleCheckIcon aria-hidden="true" />}
      <AlertDescription>{message}</AlertDescription>
    </Alert>
  )
}
