import { renderSVG } from 'uqr';

/**
 * The link as a QR code (SVG text), for a projector or a printed sheet. Medium error correction survives a
 * smudge on paper; a quiet zone of four modules is what phone readers expect.
 */
export function qrCodeSvg(text: string): string {
  return renderSVG(text, { ecc: 'M', border: 4, pixelSize: 4 });
}

/** The SVG as an image address, for an <img> with alt text. */
export function svgDataUrl(svg: string): string {
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}
