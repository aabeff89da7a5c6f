/**
 * Variant choice on the product page. Options are picked top-down, like most storefronts: a value
 * of the first option is available when any variant with it can be bought; a value of a later
 * option when a buyable variant has it together with the values chosen above. Picking a value
 * keeps the choices below it where they still lead to a buyable variant and otherwise moves them
 * to the first that does, so every click lands on a real variant.
 */

export type VariantLike = { id: string; optionValues: readonly string[]; stock: number }
export type OptionLike = { name: string; values: readonly string[] }
export type OptionValueState = { value: string; available: boolean }

/** The variant named in the URL when it exists, else the first in stock, else the first. */
export function initialVariant<V extends VariantLike>(variants: readonly V[], requestedId?: string | null): V | null {
  if (requestedId) {
    const requested = variants.find((v) => v.id === requestedId)
    if (requested) return requested
  }
  return variants.find((v) => v.stock > 0) ?? variants[0] ?? null
}

export function findVariant<V extends VariantLike>(variants: readonly V[], selection: readonly string[]): V | undefined {
  return variants.find((v) => v.optionValues.length === selection.length && v.optionValues.every((value, i) => value === selection[i]))
}

/** When nothing is in stock every existing combination counts, so the buyer can still compare prices. */
function buyablePredicate(variants: readonly VariantLike[]): (v: VariantLike) => boolean {
  return variants.some((v) => v.stock > 0) ? (v) => v.stock > 0 : () => true
}

function matchesPrefix(variant: VariantLike, selection: readonly string[], length: number): boolean {
  for (let i = 0; i < length; i++) if (variant.optionValues[i] !== selection[i]) return false
  return true
}

export function optionValueStates(
  options: readonly OptionLike[],
  variants: readonly VariantLike[],
  selection: readonly string[],
): OptionValueState[][] {
  const buyable = buyablePredicate(variants)
  return options.map((option, index) =>
    option.values.map((value) => ({
      value,
      available: variants.some((v) => buyable(v) && v.optionValues[index] === value && matchesPrefix(v, selection, index)),
    })),
  )
}

/** The selection after choosing `value` for option `index`; always names an existing variant when one has that value. */
export function selectOptionValue(
  options: readonly OptionLike[],
  variants: readonly VariantLike[],
  selection: readonly string[],
  index: number,
  value: string,
): string[] {
  const buyable = buyablePredicate(variants)
  const next = [...selection.slice(0, index), value]
  for (let i = index + 1; i < options.length; i++) {
    const candidates = variants.filter((v) => matchesPrefix(v, next, i))
    const keep = selection[i]
    const pick =
      candidates.find((v) => buyable(v) && v.optionValues[i] === keep) ??
      candidates.find((v) => buyable(v)) ??
      candidates.find((v) => v.optionValues[i] === keep) ??
      candidates[0]
    next.push(pick?.optionValues[i] ?? keep ?? options[i]?.values[0] ?? '')
  }
  return next
}
