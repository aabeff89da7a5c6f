/** Photos are stored no wider than this (lib/media/process-image.ts); browsers shrink to it before sending. */
export const MAX_IMAGE_WIDTH = 1600
