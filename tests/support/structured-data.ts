import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import Validator from '@adobe/structured-data-validator'
import WebAutoExtractor from '@marbec/web-auto-extractor'

/**
 * Reads a page's structured data the way a search engine's testing tool does: the HTML is parsed
 * by Web Auto Extractor (JSON-LD, microdata and RDFa) and the result is checked by Adobe's
 * structured-data validator, which applies Google's rich-result rules (Product, Offer,
 * AggregateRating, Review, BreadcrumbList…) and checks every type and property against the
 * schema.org vocabulary. The vocabulary comes from the `@vocabulary/schema` package (schema.org's
 * own N-Triples), so the check runs offline.
 */

export type StructuredDataIssue = {
  rootType: string
  dataFormat: string
  issueMessage: string
  severity: 'ERROR' | 'WARNING'
  errorType?: string
  fieldNames: string[]
  path: { type?: string; property?: string; index?: number }[]
}

export type StructuredDataReport = {
  /** Top-level JSON-LD nodes by type (`@graph` members count as top level). */
  jsonld: Record<string, Record<string, unknown>[]>
  issues: StructuredDataIssue[]
}

const RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type'
const RDF_PROPERTY = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#Property'
const RDFS_CLASS = 'http://www.w3.org/2000/01/rdf-schema#Class'
const SUBCLASS_OF = 'http://www.w3.org/2000/01/rdf-schema#subClassOf'
const DOMAIN_INCLUDES = 'http://schema.org/domainIncludes'

type Entity = { '@id': string; '@type'?: string; 'rdfs:subClassOf'?: { '@id': string }[]; 'schema:domainIncludes'?: { '@id': string }[] }

let vocabulary: { '@graph': Entity[] } | undefined

/** schema.org's classes and properties, in the shape of schema.org's own JSON-LD release file. */
function schemaOrgVocabulary() {
  if (vocabulary) return vocabulary
  const file = createRequire(import.meta.url).resolve('@vocabulary/schema/schema.nq')
  const entities = new Map<string, Entity>()
  const entity = (id: string) => {
    let e = entities.get(id)
    if (!e) entities.set(id, (e = { '@id': id }))
    return e
  }
  const triple = /^<([^>]+)> <([^>]+)> <([^>]+)>/
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const m = triple.exec(line)
    if (!m) continue // literals (labels, comments) are not needed
    const [, subject, predicate, object] = m as unknown as [string, string, string, string]
    if (!subject.startsWith('http://schema.org/')) continue
    if (predicate === RDF_TYPE && object === RDFS_CLASS) entity(subject)['@type'] = 'rdfs:Class'
    else if (predicate === RDF_TYPE && object === RDF_PROPERTY) entity(subject)['@type'] ??= 'rdf:Property'
    else if (predicate === SUBCLASS_OF) (entity(subject)['rdfs:subClassOf'] ??= []).push({ '@id': object })
    else if (predicate === DOMAIN_INCLUDES) (entity(subject)['schema:domainIncludes'] ??= []).push({ '@id': object })
  }
  vocabulary = { '@graph': [...entities.values()] }
  return vocabulary
}

export async function readStructuredData(html: string): Promise<StructuredDataReport> {
  const extracted = new WebAutoExtractor({ addLocation: false, embedSource: false }).parse(html)
  // The validator deletes bookkeeping keys from what it is given; keep our own copy to return.
  const jsonld = structuredClone(extracted.jsonld ?? {}) as StructuredDataReport['jsonld']
  const issues = (await new Validator(schemaOrgVocabulary()).validate(extracted)) as StructuredDataIssue[]
  return { jsonld, issues }
}

/** One line per issue, for assertion messages. */
export function describeIssues(issues: StructuredDataIssue[]): string {
  return issues
    .map((i) => `${i.severity} ${i.path.map((p) => p.property ?? p.type).join(' › ')}: ${i.issueMessage}`)
    .join('\n')
}
