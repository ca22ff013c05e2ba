// Uncompressed BMP files from pixels read back from WebGL: the cheapest way to turn a baked texture
// into an image the page can show (no compression to wait for; the rows of a bottom-up BMP are in the
// same order as WebGL's). Pure, no DOM.

const FILE_HEADER = 14;
const INFO_HEADER = 40;
/** BITMAPV4HEADER: the smallest header with an alpha mask, which browsers honour. */
const V4_HEADER = 108;

/**
 * A 24-bit BMP of `width` × `height` RGBA pixels stored bottom row first (as gl.readPixels gives
 * them). Alpha is dropped: the pictures are opaque.
 */
export function bmpFromBottomUpRgba(pixels: Uint8Array, width: number, height: number): Uint8Array<ArrayBuffer> {
  const stride = Math.ceil((width * 3) / 4) * 4;
  const size = FILE_HEADER + INFO_HEADER + stride * height;
  const bytes = new Uint8Array(new ArrayBuffer(size));
  const view = new DataView(bytes.buffer);
  view.setUint8(0, 0x42); // 'B'
  view.setUint8(1, 0x4d); // 'M'
  view.setUint32(2, size, true);
  view.setUint32(10, FILE_HEADER + INFO_HEADER, true);
  view.setUint32(14, INFO_HEADER, true);
  view.setInt32(18, width, true);
  view.setInt32(22, height, true); // positive: bottom-up rows
  view.setUint16(26, 1, true); // planes
  view.setUint16(28, 24, true); // bits per pixel
  view.setUint32(30, 0, true); // no compression
  view.setUint32(34, stride * height, true);
  view.setInt32(38, 2835, true); // 72 dpi
  view.setInt32(42, 2835, true);
  for (let y = 0; y < height; y++) {
    let from = y * width * 4;
    let to = FILE_HEADER + INFO_HEADER + y * stride;
    for (let x = 0; x < width; x++, from += 4, to += 3) {
      bytes[to] = pixels[from + 2] as number;
      bytes[to + 1] = pixels[from + 1] as number;
      bytes[to + 2] = pixels[from] as number;
    }
  }
  return bytes;
}

/**
 * A 32-bit BMP with alpha of `width` × `height` premultiplied RGBA pixels stored bottom row first (as
 * WebGL renders and reads them); the colours are un-premultiplied, as BMP stores them.
 */
export function bmpWithAlphaFromBottomUpRgba(pixels: Uint8Array, width: number, height: number): Uint8Array<ArrayBuffer> {
  const start = FILE_HEADER + V4_HEADER;
  const size = start + width * height * 4;
  const bytes = new Uint8Array(new ArrayBuffer(size));
  const view = new DataView(bytes.buffer);
  view.setUint8(0, 0x42); // 'B'
  view.setUint8(1, 0x4d); // 'M'
  view.setUint32(2, size, true);
  view.setUint32(10, start, true);
  view.setUint32(14, V4_HEADER, true);
  view.setInt32(18, width, true);
  view.setInt32(22, height, true); // positive: bottom-up rows
  view.setUint16(26, 1, true); // planes
  view.setUint16(28, 32, true); // bits per pixel
  view.setUint32(30, 3, true); // BI_BITFIELDS
  view.setUint32(34, width * height * 4, true);
  view.setInt32(38, 2835, true);
  view.setInt32(42, 2835, true);
  view.setUint32(54, 0x00ff0000, true); // red mask
  view.setUint32(58, 0x0000ff00, true); // green mask
  view.setUint32(62, 0x000000ff, true); // blue mask
  view.setUint32(66, 0xff000000, true); // alpha mask
  view.setUint32(70, 0x73524742, true); // 'sRGB' colour space
  for (let i = 0, to = start; i < width * height * 4; i += 4, to += 4) {
    const a = pixels[i + 3] as number;
    const unpremultiply = a > 0 ? 255 / a : 0;
    bytes[to] = Math.min(255, Math.round((pixels[i + 2] as number) * unpremultiply));
    bytes[to + 1] = Math.min(255, Math.round((pixels[i + 1] as number) * unpremultiply));
    bytes[to + 2] = Math.min(255, Math.round((pixels[i] as number) * unpremultiply));
    bytes[to + 3] = a;
  }
  return bytes;
}
