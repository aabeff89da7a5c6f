/** A console panel's result of its last action: the success for screen readers, the refusal for everyone. */
export function CommandStatus({ command }: { command: { message: string; error: string | null } }) {
  return (
    <>
      <p aria-live="polite" className="sr-only">
        {command.message}
      </p>
      {command.error ? (
        <p role="alert" className="text-sm font-medium text-destructive">
          {command.error}
        </p>
      ) : null}
    </>
  )
}
