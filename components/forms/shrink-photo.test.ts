import { describe, expect, it } from 'vitest'
import { MAX_IMAGE_WIDTH } from '@/lib/media/image-width'
import { fitWidth, renamed } from './shrink-photo'

describe('fitWidth', () => {
  it('leaves an image no wider than the stored width as it is', () => {
    expect(fitWidth(1200, 1600)).toEqual({ width: 1200, height: 1600 })
    expect(fitWidth(MAX_IMAGE_WIDTH, 900)).toEqual({ width: MAX_IMAGE_WIDTH, height: 900 })
  })

  it('scales a wider one down to the stored width, keeping its shape', () => {
    expect(fitWidth(4000, 3000)).toEqual({ width: 1600, height: 1200 })
    expect(fitWidth(3024, 4032)).toEqual({ width: 1600, height: 2133 })
    expect(fitWidth(9000, 2, 1600)).toEqual({ width: 1600, height: 1 })
  })
})

describe('renamed', () => {
  it('gives the file the extension of what it now holds', () => {
    expect(renamed('IMG_2041.JPG', 'image/webp')).toBe('IMG_2041.webp')
    expect(renamed('saree front.png', 'image/jpeg')).toBe('saree front.jpg')
    expect(renamed('.png', 'image/webp')).toBe('photo.webp')
    expect(renamed('no-extension', 'image/jpeg')).toBe('no-extension.jpg')
  })
})
