/** A body's chunks as one Buffer. A small body comes in one chunk: it is kept as it is, not copied. */
export function joinChunks(chunks: readonly Buffer[], size: number): Buffer {
  return chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks, size);
}
