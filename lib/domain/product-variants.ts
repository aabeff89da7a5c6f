/** A product option as the seller defines it, e.g. { name: 'Size', values: ['S', 'M'] }. */
export type OptionDef = { name: string; values: string[] }

export const MAX_OPTIONS = 3
export const MAX_OPTION_VALUES = 20
export const MAX_VARIANTS = 100

/** Every combination of the options' values, in option order (S/Red, S/Blue, M/Red, M/Blue). */
export function combinations(options: readonly OptionDef[]): string[][] {
  if (options.length === 0) return []
  return options.reduce<string[][]>((acc, option) => acc.flatMap((prefix) => option.values.map((v) => [...prefix, v])), [[]])
}

export function combinationCount(options: readonly OptionDef[]): number {
  return options.length === 0 ? 0 : options.reduce((n, o) => n * o.values.length, 1)
}

/** Identity of a combination; values are compared exactly, in option order. */
export function variantKey(values: readonly string[]): string {
  return JSON.stringify(values)
}

export function variantTitle(values: readonly string[]): string {
  return values.join(' / ')
}

/**
 * Rebuilds the variant list after the options changed. A combination that existed before keeps
 * everything (its id, SKU, prices, stock and image). When an option was added or removed no
 * combination survives exactly; a new one then inherits price and image from the first old
 * combination that agrees on the options both versions share, with its stock and SKU left empty
 * so that stock is never counted twice.
 */
export function regenerateVariants<V extends { optionValues: string[] }>(
  prevOptions: readonly OptionDef[],
  nextOptions: readonly OptionDef[],
  prevVariants: readonly V[],
  create: (values: string[], inheritFrom: V | undefined) => V,
): V[] {
  // Which old option each new option is: by name, or by position when one was renamed.
  const mapping = nextOptions.map((next, i) => {
    const byName = prevOptions.findIndex((p) => p.name.trim().toLowerCase() === next.name.trim().toLowerCase())
    if (byName >= 0) return byName
    return prevOptions.length === nextOptions.length ? i : -1
  })
  const sameShape =
    nextOptions.length === prevOptions.length && mapping.every((j) => j >= 0) && new Set(mapping).size === prevOptions.length
  const exact = new Map(prevVariants.map((v) => [variantKey(v.optionValues), v]))

  return combinations(nextOptions).map((values) => {
    if (sameShape) {
      const oldValues: string[] = []
      mapping.forEach((j, i) => (oldValues[j] = values[i] ?? ''))
      const survivor = exact.get(variantKey(oldValues))
      if (survivor) return { ...survivor, optionValues: values }
    }
    const partial = prevVariants.find((v) => mapping.every((j, i) => j < 0 || v.optionValues[j] === values[i]))
    return create(values, mapping.some((j) => j >= 0) ? partial : undefined)
  })
}
