import { jsx } from '@bpmn-io/properties-panel/preact/jsx-runtime';
import { SelectEntry, TextFieldEntry, isSelectEntryEdited, isTextFieldEntryEdited } from '@bpmn-io/properties-panel';
import { useService } from 'bpmn-js-properties-panel';
import { is } from 'bpmn-js/lib/util/ModelUtil';
import { useAttribute, withCurrent } from './attribute.js';
import { durationError } from '../validation.js';

export function taskEntries(element) {
  if (is(element, 'bpmn:ServiceTask')) {
    return [{ id: 'wa-activity', element, component: ActivityEntry, isEdited: isSelectEntryEdited }];
  }
  return [
    { id: 'wa-candidateRole', element, component: RoleEntry, isEdited: isSelectEntryEdited },
    { id: 'wa-formKey', element, component: FormEntry, isEdited: isSelectEntryEdited },
    { id: 'wa-dueDate', element, component: DueDateEntry, isEdited: isTextFieldEntryEdited },
  ];
}

export function laneEntries(element) {
  return [{ id: 'wa-candidateRole', element, component: RoleEntry, isEdited: isSelectEntryEdited }];
}

function ActivityEntry({ element, id }) {
  const { activities } = useService('waDesignerConfig');
  const { getValue, setValue } = useAttribute(element, 'activity');
  const current = getValue();
  const chosen = activities.find((activity) => activity.type === current);
  const getOptions = () => withCurrent(
    [{ value: '', label: '(elija una actividad)' }, ...activities.map((a) => ({ value: a.type, label: `${a.displayName} (${a.type})` }))],
    current, 'no registrada en este servidor');
  const description = chosen
    ? `${chosen.description} Entradas: ${chosen.inputs.join(', ') || '—'}. Salidas: ${chosen.outputs.join(', ') || '—'}.`
    : 'El trabajo que el servidor hace en este paso.';
  return jsx(SelectEntry, { element, id, label: 'Actividad', getValue, setValue, getOptions, description });
}

function RoleEntry({ element, id }) {
  const { roles } = useService('waDesignerConfig');
  const { getValue, setValue } = useAttribute(element, 'candidateRole');
  const empty = is(element, 'bpmn:Lane') ? '(según el título del carril)' : '(según el carril)';
  const getOptions = () => withCurrent(
    [{ value: '', label: empty }, ...roles.map((role) => ({ value: role.key, label: role.name }))], getValue(), 'rol sin nombre conocido');
  return jsx(SelectEntry, { element, id, label: 'Rol que la atiende', getValue, setValue, getOptions });
}

function FormEntry({ element, id }) {
  const { forms } = useService('waDesignerConfig');
  const { getValue, setValue } = useAttribute(element, 'formKey');
  const getOptions = () => withCurrent(
    [{ value: '', label: '(formulario genérico)' }, ...forms.map((form) => ({ value: form.key, label: form.name }))], getValue(), 'sin formulario propio');
  return jsx(SelectEntry, { element, id, label: 'Formulario', getValue, setValue, getOptions });
}

function DueDateEntry({ element, id }) {
  const debounce = useService('debounceInput');
  const { getValue, setValue } = useAttribute(element, 'dueDate');
  return jsx(TextFieldEntry, {
    element, id, label: 'Vence después de', getValue, setValue, debounce,
    validate: (value) => durationError(value),
    description: 'Duración ISO-8601 desde que se crea la tarea (P5D, PT4H) o una expresión ${...}. Vacío: sin vencimiento.',
  });
}
