// What the engine accepts for due dates and timers, checked as the person types (the server's validator has the last word).

// Our extension for business days (días hábiles): 5BD. The engine counts them on the archive's calendar.
export const BUSINESS_DAYS = /^(\d+)\s*BD$/i;
export const MAX_BUSINESS_DAYS = 1000;
const DURATION = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/;
const DATE = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})?)?$/;

export function isExpression(text) {
  const trimmed = text.trim();
  return trimmed.startsWith('${') && trimmed.endsWith('}') && trimmed.length > 3;
}

function isDuration(text) {
  const match = DURATION.exec(text);
  return !!match && !text.endsWith('T') && match.slice(1).some((part) => part !== undefined);
}

/** Null when fine; else what is wrong, in Spanish. Empty is fine where the value is optional. */
export function durationError(value, { required = false } = {}) {
  const text = (value || '').trim();
  if (!text) return required ? 'Escriba una duración.' : null;
  if (text.startsWith('${')) return isExpression(text) ? null : 'Una expresión se escribe ${...}.';
  const business = BUSINESS_DAYS.exec(text);
  if (business) return +business[1] >= 1 && +business[1] <= MAX_BUSINESS_DAYS ? null : `Los días hábiles van de 1 a ${MAX_BUSINESS_DAYS}.`;
  return isDuration(text) ? null : 'No es un plazo: 5BD (5 días hábiles), una duración ISO-8601 como P10D (10 días), PT4H (4 horas), P2Y (2 años), o una expresión ${...}.';
}

export function dateError(value) {
  const text = (value || '').trim();
  if (!text) return 'Escriba una fecha.';
  if (text.startsWith('${')) return isExpression(text) ? null : 'Una expresión se escribe ${...}.';
  return DATE.test(text) && !Number.isNaN(Date.parse(text)) ? null : 'No es una fecha ISO-8601: por ejemplo 2027-06-01T08:00:00Z, o una expresión ${...}.';
}

export function conditionError(value) {
  const text = (value || '').trim();
  if (!text) return 'Escriba la condición, por ejemplo ${complete === true}.';
  if (text.startsWith('${') && !isExpression(text)) return 'Una expresión se escribe ${...}.';
  return null;
}
