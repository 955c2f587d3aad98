/*
 * CRC-15/CAN (polynomial 0x4599) over a string of 5-bit symbols. A CRC of degree 15 detects every error
 * burst of up to 15 bits: any one mistyped character (5 bits) and any two neighbours swapped (10 bits) are
 * always caught, which a plain hash only does most of the time.
 */

const polynomial = 0x4599;

export function crc15(symbols: readonly number[]): number {
  let crc = 0;
  for (const symbol of symbols) {
    for (let bit = 4; bit >= 0; bit--) {
      const feedback = ((crc >> 14) & 1) ^ ((symbol >> bit) & 1);
      crc = (crc << 1) & 0x7fff;
      if (feedback) crc ^= polynomial;
    }
  }
  return crc;
}
