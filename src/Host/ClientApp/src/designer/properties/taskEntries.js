import { jsx, jsxs } from '@bpmn-io/properties-panel/preact/jsx-runtime';
import { SelectEntry, isSelectEntryEdited } from '@bpmn-io/properties-panel';
import { useState } from '@bpmn-io/properties-panel/preact/hooks';
import { useService } from 'bpmn-js-properties-panel';
import { is } from 'bpmn-js/lib/util/ModelUtil';
import { useAttribute, withCurrent } from './attribute.js';
import { TermEntry } from './termEntry.js';
import { timerDefinition } from './timerEntries.js';
import { describeTerm, sameTerm } from '../durations.js';

export function taskEntries(element) {
  if (is(element, 'bpmn:ServiceTask')) {
    return [{ id: 'wa-activity', element, component: ActivityEntry, isEdited: isSelectEntryEdited }];
  }
  return [
    { id: 'wa-candidateRole', element, component: RoleEntry, isEdited: isSelectEntryEdited },
    { id: 'wa-formKey', element, component: FormEntry, isEdited: isSelectEntryEdited },
    { id: 'wa-dueDate', element, component: DueDateEntry, isEdited: () => !!element.businessObject.get('wa:dueDate') },
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
  const { getValue, setValue } = useAttribute(element, 'dueDate');
  return jsxs('div', {
    children: [
      jsx(TermEntry, {
        element, id, label: 'Vence después de', read: getValue, write: (text) => setValue(text), optional: true,
        description: 'Contado desde que se crea la tarea. Una expresión da el plazo al ejecutar, por ejemplo ${correctionDuration}.',
      }),
      jsx(ReminderAlignment, { element }),
    ],
  });
}

/** The task's timer boundaries that wait a duration: its reminders ("plazo vencido"). */
function reminders(element) {
  return (element.attachers || []).filter((attached) => timerDefinition(attached)?.get('timeDuration'));
}

/**
 * When the due date changes, a reminder on the old term would fire on the wrong day: the panel says so (the server's
 * validator warns too) and moves them together in one step (one undo).
 */
function ReminderAlignment({ element }) {
  const modeling = useService('modeling');
  const bpmnFactory = useService('bpmnFactory');
  // The move changes the boundary, not this task, so the panel would not redraw this entry by itself.
  const [, redraw] = useState(0);
  const due = element.businessObject.get('wa:dueDate');
  const attached = reminders(element);
  const termOf = (boundary) => timerDefinition(boundary).get('timeDuration').get('body');
  if (!due || attached.length === 0 || attached.some((boundary) => sameTerm(termOf(boundary), due))) return null;
  const move = (boundary) => {
    modeling.updateModdleProperties(boundary, timerDefinition(boundary), {
      timeDuration: bpmnFactory.create('bpmn:FormalExpression', { body: due }),
    });
    redraw((n) => n + 1);
  };
  return jsxs('div', {
    class: 'wa-reminder-off', 'data-testid': 'reminder-off-due-date',
    children: attached.map((boundary) => jsxs('div', {
      children: [
        jsx('p', { children: `El recordatorio «${boundary.businessObject.name || boundary.id}» espera ${describeTerm(termOf(boundary))}; la tarea vence en ${describeTerm(due)}.` }),
        jsx('button', {
          type: 'button', class: 'wa-reminder-move', 'data-testid': 'move-reminder', 'data-element-id': boundary.id,
          onClick: () => move(boundary),
          children: `Mover el recordatorio a ${describeTerm(due)}`,
        }),
      ],
    }, boundary.id)),
  });
}
