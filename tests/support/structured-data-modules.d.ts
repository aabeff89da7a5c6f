// The structured-data checker's packages ship JavaScript without types.
declare module '@adobe/structured-data-validator' {
  export default class Validator {
    constructor(schemaOrgJson?: unknown)
    debug: boolean
    validate(extracted: unknown): Promise<unknown[]>
  }
}

declare module '@marbec/web-auto-extractor' {
  export default class WebAutoExtractor {
    constructor(options?: { addLocation?: boolean; embedSource?: boolean | ('rdfa' | 'microdata')[] })
    parse(html: string): { jsonld?: Record<string, unknown[]>; microdata?: Record<string, unknown[]>; rdfa?: Record<string, unknown[]>; metatags?: Record<string, unknown> }
  }
}
