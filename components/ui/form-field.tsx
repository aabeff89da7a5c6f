import * as React from 'react'

import { cn } from '@/lib/utils'
import { Label } from '@/components/ui/label'

/** Props injected into the field's control so the label, hint and error are announced. */
type FormFieldControlProps = {
  id: string
  'aria-describedby': string | undefined
  'aria-invalid': true | undefined
  'aria-required': true | undefined
}

type FormFieldProps = {
  label: React.ReactNode
  /**
   * Either a single control element (Input, Textarea, Checkbox, a native <select>…), which
   * receives id/aria-* props, or a render function for composite controls such as Select,
   * where the props must land on an inner element (`{(p) => <SelectTrigger {...p} />}`).
   */
  children: React.ReactElement | ((control: FormFieldControlProps) => React.ReactNode)
  description?: React.ReactNode
  /** A react-hook-form message or server-returned field errors (e.g. zod `fieldErrors.x`). */
  error?: string | readonly string[] | null
  /** Overrides the generated control id (otherwise a control's own `id` is respected). */
  id?: string
  /** Adds a visual marker and aria-required; pair with the control's `required` if desired. */
  required?: boolean
  /** Visually hides the label while keeping it for assistive technology. */
  hideLabel?: boolean
  /** `horizontal` puts the control before the label, for checkboxes and switches. */
  orientation?: 'vertical' | 'horizontal'
  className?: string
  labelClassName?: string
}

function normaliseErrors(error: FormFieldProps['error']): string[] {
  if (!error) return []
  const list = typeof error === 'string' ? [error] : [...error]
  return list.filter((message) => message.trim().length > 0)
}

function joinIds(...ids: (string | undefined | false)[]): string | undefined {
  const joined = ids.filter(Boolean).join(' ')
  return joined.length > 0 ? joined : undefined
}

function FormField({
  label,
  children,
  description,
  error,
  id,
  required = false,
  hideLabel = false,
  orientation = 'vertical',
  className,
  labelClassName,
}: FormFieldProps) {
  const generatedId = React.useId()
  const childProps: Record<string, unknown> =
    typeof children === 'function' ? {} : ((children.props ?? {}) as Record<string, unknown>)
  const ownId = typeof childProps.id === 'string' ? childProps.id : undefined
  const controlId = id ?? ownId ?? `field-${generatedId}`

  const errors = normaliseErrors(error)
  const invalid = errors.length > 0
  const descriptionId = description ? `${controlId}-description` : undefined
  const errorId = invalid ? `${controlId}-error` : undefined

  const ownDescribedBy =
    typeof childProps['aria-describedby'] === 'string' ? childProps['aria-describedby'] : undefined

  const controlProps: FormFieldControlProps = {
    id: controlId,
    'aria-describedby': joinIds(ownDescribedBy, descriptionId, errorId),
    'aria-invalid': invalid ? true : undefined,
    'aria-required': required ? true : undefined,
  }

  const control =
    typeof children === 'function'
      ? children(controlProps)
      : React.cloneElement(children as React.ReactElement<Record<string, unknown>>, controlProps)

  const labelNode = (
    <Label
      htmlFor={controlId}
      data-slot="form-label"
      className={cn(
        invalid && 'text-destructive',
        orientation === 'horizontal' && 'leading-snug font-normal',
        hideLabel && 'sr-only',
        labelClassName,
      )}
    >
      {label}
      {required ? (
        <span aria-hidden="true" className="-ml-1 text-destructive">
          *
        </span>
      ) : null}
    </Label>
  )

  return (
    <div
      data-slot="form-field"
      data-invalid={invalid || undefined}
      data-orientation={orientation}
      className={cn('grid content-start gap-2', className)}
    >
      {orientation === 'horizontal' ? (
        <div className="flex items-start gap-3 [&>[data-slot=checkbox]]:mt-px">
          {control}
          {labelNode}
        </div>
      ) : (
        <>
          {labelNode}
          {control}
        </>
      )}
      {description ? (
        <p
          id={descriptionId}
          data-slot="form-description"
          className={cn(
            'text-[13px] text-muted-foreground',
            orientation === 'horizontal' && 'pl-[30px]',
          )}
        >
          {description}
        </p>
      ) : null}
      {invalid ? (
        <div
          id={errorId}
          role="alert"
          data-slot="form-message"
          className={cn(
            'text-[13px] font-medium text-destructive',
            orientation === 'horizontal' && 'pl-[30px]',
          )}
        >
          {errors.length === 1 ? (
            <p>{errors[0]}</p>
          ) : (
            <ul className="list-disc space-y-0.5 pl-4">
              {errors.map((message) => (
                <li key={message}>{message}</li>
              ))}
            </ul>
          )}
        </div>
      ) : null}
    </div>
  )
}

export { FormField, type FormFieldProps, type FormFieldControlProps }
