import { jsx, jsxs } from '@bpmn-io/properties-panel/preact/jsx-runtime';
import { useEffect, useState } from '@bpmn-io/properties-panel/preact/hooks';
import { SelectEntry, TextFieldEntry } from '@bpmn-io/properties-panel';
import { useService } from 'bpmn-js-properties-panel';
import { UNITS, amountError, splitTerm } from '../durations.js';
import { durationError } from '../validation.js';

/**
 * A term (a user task's due date, a timer's duration) as a unit and a number: N días hábiles, N días, N horas, or an
 * expression / another ISO-8601 duration typed as text. read() gives the stored text, write(text) stores it (empty
 * removes it). The select's id is `${id}-unit`, the field's `${id}`.
 */
export function TermEntry({ element, id, label, read, write, optional, description }) {
  const debounce = useService('debounceInput');
  const stored = read();
  const parsed = splitTerm(stored);
  // A unit chosen before its number is typed (or an expression before it is written) lives here until the file has it.
  const [chosen, choose] = useState(null);
  useEffect(() => choose(null), [element]);
  const unit = chosen ?? parsed.unit;
  const numeric = !!UNITS[unit];

  const getOptions = () => [
    ...(optional ? [{ value: 'none', label: 'Sin vencimiento' }] : []),
    { value: 'BD', label: 'Días hábiles' },
    { value: 'D', label: 'Días corridos' },
    { value: 'H', label: 'Horas' },
    { value: 'expr', label: 'Expresión ${...}' },
    ...(unit === 'iso' ? [{ value: 'iso', label: 'Otra duración ISO-8601' }] : []),
  ];

  const setUnit = (next) => {
    if (next === 'none') { choose(null); write(''); return; }
    if (UNITS[next] && UNITS[parsed.unit] && parsed.amount) { choose(null); write(UNITS[next].write(parsed.amount)); return; }
    choose(next === parsed.unit ? null : next);
  };

  const setText = (text, error) => {
    if (error) return; // an invalid value stays in the field with its message, never in the file
    const value = (text || '').trim();
    if (!value) { if (optional) { choose(null); write(''); } return; }
    write(numeric ? UNITS[unit].write(+value) : value);
    choose(null);
  };

  const validate = (text) => {
    if (numeric) return amountError(unit, text);
    return durationError(text, { required: !optional });
  };

  return jsxs('div', {
    class: 'wa-term',
    children: [
      jsx(SelectEntry, { element, id: `${id}-unit`, label, getValue: () => unit, setValue: setUnit, getOptions }),
      unit === 'none' ? null : jsx(TextFieldEntry, {
        element, id, debounce, validate, setValue: setText,
        label: numeric ? `Cantidad de ${UNITS[unit].label}` : unit === 'expr' ? 'Expresión' : 'Duración ISO-8601',
        getValue: () => (numeric ? (parsed.unit === unit ? parsed.amount : '') : stored),
        description: numeric
          ? (unit === 'BD' ? 'Sin sábados, domingos ni feriados del archivo. Se guarda como ' : 'Se guarda como ') + UNITS[unit].write(parsed.unit === unit && parsed.amount ? parsed.amount : 'N') + '.'
          : description,
      }, unit),
    ],
  });
}
