'use client'

import { Button } from '@/components/ui/button'
import { productCsvRows, toProductCsv } from '@/lib/domain/product-csv'

/** A two-product example file, made in the browser. */
export function CsvTemplateButton() {
  const download = () => {
    const base = {
      title: 'Handloom cotton saree', slug: '', description: 'Soft handloom cotton.\n\n- Zari border\n- Blouse piece included', categoryPath: 'fashion/sarees',
      tags: ['cotton', 'handloom'], visibility: 'draft', availableInLives: true, pricePaise: 149900, compareAtPaise: 189900, stock: 12,
      lowStockThreshold: 3, weightGrams: 600, lengthCm: 30, breadthCm: 25, heightCm: 4, options: [], variants: [],
    }
    const csv = toProductCsv([
      ...productCsvRows({ ...base, sku: 'SAREE-001' }),
      ...productCsvRows({
        ...base, sku: 'KURTA-001', title: 'Block print kurta', categoryPath: 'fashion/kurtas-kurtis', pricePaise: 79900, compareAtPaise: null,
        options: [{ name: 'Size', values: ['M', 'L'] }],
        variants: [
          { optionValues: ['M'], sku: 'KURTA-001-M', pricePaise: 79900, compareAtPaise: null, stock: 5 },
          { optionValues: ['L'], sku: 'KURTA-001-L', pricePaise: 84900, compareAtPaise: null, stock: 3 },
        ],
      }),
    ])
    const url = URL.createObjectURL(new Blob([`\uFEFF${csv}`], { type: 'text/csv;charset=utf-8' }))
    const a = Object.assign(document.createElement('a'), { href: url, download: 'haat-products-template.csv' })
    a.click()
    URL.revokeObjectURL(url)
  }
  return (
    <Button type="button" variant="outline" size="sm" onClick={download}>
      Download a template
    </Button>
  )
}
