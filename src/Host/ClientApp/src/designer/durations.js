// A term as the panel shows it (a unit and a number) and as the file keeps it: 5BD (our business-day extension),
// P5D, PT5H (ISO-8601), ${...} (an expression), or any other ISO-8601 duration an older file has.
import { BUSINESS_DAYS, MAX_BUSINESS_DAYS } from './validation.js';

export const UNITS = {
  BD: { label: 'días hábiles', one: 'día hábil', write: (n) => `${n}BD`, max: MAX_BUSINESS_DAYS },
  D: { label: 'días', one: 'día', write: (n) => `P${n}D`, max: 36600 },
  H: { label: 'horas', one: 'hora', write: (n) => `PT${n}H`, max: 876000 },
};

/** { unit: 'none' | 'BD' | 'D' | 'H' | 'expr' | 'iso', amount } of a stored term. */
export function splitTerm(text) {
  const value = (text || '').trim();
  if (!value) return { unit: 'none', amount: '' };
  const business = BUSINESS_DAYS.exec(value);
  if (business) return { unit: 'BD', amount: String(+business[1]) };
  const days = /^P(\d+)D$/.exec(value);
  if (days) return { unit: 'D', amount: String(+days[1]) };
  const hours = /^PT(\d+)H$/.exec(value);
  if (hours) return { unit: 'H', amount: String(+hours[1]) };
  if (value.startsWith('${')) return { unit: 'expr', amount: '' };
  return { unit: 'iso', amount: '' };
}

/** The term as a person reads it: 5 días hábiles, 10 días, 4 horas; anything else as written. */
export function describeTerm(text) {
  const { unit, amount } = splitTerm(text);
  if (UNITS[unit]) return `${amount} ${amount === '1' ? UNITS[unit].one : UNITS[unit].label}`;
  return `«${(text || '').trim()}»`;
}

/** Equal terms however written (5bd and 5BD); expressions and other durations when their text is the same. */
export function sameTerm(a, b) {
  const left = splitTerm(a);
  const right = splitTerm(b);
  if (UNITS[left.unit] || UNITS[right.unit]) return left.unit === right.unit && left.amount === right.amount;
  return (a || '').trim() === (b || '').trim();
}

export function amountError(unit, value) {
  const text = (value || '').trim();
  const { label, max } = UNITS[unit];
  if (!/^\d+$/.test(text) || +text < 1 || +text > max) return `Escriba un número entero de ${label}, de 1 a ${max}.`;
  return null;
}
