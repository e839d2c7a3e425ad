import { jsx } from '@bpmn-io/properties-panel/preact/jsx-runtime';
import { SelectEntry, TextFieldEntry, isSelectEntryEdited, isTextFieldEntryEdited } from '@bpmn-io/properties-panel';
import { useService } from 'bpmn-js-properties-panel';
import { dateError } from '../validation.js';
import { TermEntry } from './termEntry.js';

/** The timer of a timer catch or boundary event, or undefined. */
export function timerDefinition(element) {
  return (element.businessObject.eventDefinitions || []).find((definition) => definition.$type === 'bpmn:TimerEventDefinition');
}

export function timerEntries(element) {
  return [
    { id: 'wa-timerKind', element, component: TimerKindEntry, isEdited: isSelectEntryEdited },
    { id: 'wa-timerValue', element, component: TimerValueEntry, isEdited: () => !!timerDefinition(element) },
  ];
}

/** The engine runs a duration or a date; a cycle is shown so it can be changed, but it would be refused. */
function kindOf(timer) {
  if (timer.get('timeDate')) return 'timeDate';
  if (timer.get('timeCycle')) return 'timeCycle';
  return 'timeDuration';
}

function useTimer(element) {
  const modeling = useService('modeling');
  const bpmnFactory = useService('bpmnFactory');
  const timer = timerDefinition(element);
  const write = (kind, value) => modeling.updateModdleProperties(element, timer, {
    timeDuration: kind === 'timeDuration' && value ? bpmnFactory.create('bpmn:FormalExpression', { body: value }) : undefined,
    timeDate: kind === 'timeDate' && value ? bpmnFactory.create('bpmn:FormalExpression', { body: value }) : undefined,
    timeCycle: undefined,
  });
  return { timer, write, value: () => timer.get(kindOf(timer))?.get('body') || '' };
}

function TimerKindEntry({ element, id }) {
  const { timer, write, value } = useTimer(element);
  const getOptions = () => [
    { value: 'timeDuration', label: 'Después de una duración' },
    { value: 'timeDate', label: 'En una fecha' },
    ...(kindOf(timer) === 'timeCycle' ? [{ value: 'timeCycle', label: 'Ciclo (no se ejecuta aquí)' }] : []),
  ];
  return jsx(SelectEntry, {
    element, id, label: 'Temporizador', getOptions,
    getValue: () => kindOf(timer),
    setValue: (kind) => write(kind, value()),
  });
}

function TimerValueEntry({ element, id }) {
  const debounce = useService('debounceInput');
  const { timer, write, value } = useTimer(element);
  const kind = kindOf(timer);
  const isDate = kind === 'timeDate';
  if (!isDate) {
    return jsx(TermEntry, {
      element, id, label: 'Espera', read: value, optional: false,
      write: (text) => write('timeDuration', text),
      description: 'Contada desde que el proceso llega aquí. Una expresión da el plazo al ejecutar, por ejemplo ${retentionPeriod}.',
    });
  }
  return jsx(TextFieldEntry, {
    element, id, debounce,
    label: 'Fecha',
    getValue: value,
    setValue: (text, error) => { if (!error) write(kind === 'timeCycle' ? 'timeDuration' : kind, text.trim()); },
    validate: dateError,
    description: 'Fecha ISO-8601 (2027-06-01T08:00:00Z) o una expresión ${...}.',
  });
}
