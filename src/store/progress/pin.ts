/*
 * A 4-digit PIN keeps classmates out of each other's history on a shared computer. It is salted and
 * hashed so it is not lying in clear, but 10,000 combinations protect nothing against the computer's
 * owner: the UI says so.
 */

const hex = (bytes: ArrayBuffer | Uint8Array) =>
  [...new Uint8Array(bytes)].map((b) => b.toString(16).padStart(2, '0')).join('');

export const isPin = (pin: string) => /^\d{4}$/.test(pin);

export async function hashPin(pin: string, salt: string): Promise<string> {
  return hex(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(`${salt}:${pin}`)));
}

export async function makePin(pin: string): Promise<{ salt: string; hash: string }> {
  const salt = hex(crypto.getRandomValues(new Uint8Array(16)));
  return { salt, hash: await hashPin(pin, salt) };
}

export async function checkPin(pin: string, stored: { salt: string; hash: string }): Promise<boolean> {
  return (await hashPin(pin, stored.salt)) === stored.hash;
}
