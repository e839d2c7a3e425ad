import { jsx } from '@bpmn-io/properties-panel/preact/jsx-runtime';
import { CheckboxEntry, TextAreaEntry, isCheckboxEntryEdited, isTextAreaEntryEdited } from '@bpmn-io/properties-panel';
import { useService } from 'bpmn-js-properties-panel';
import { conditionError } from '../validation.js';

/** A flow leaving an exclusive gateway: its condition, or that it is the gateway's default. */
export function flowEntries(element) {
  return [
    { id: 'wa-defaultFlow', element, component: DefaultFlowEntry, isEdited: isCheckboxEntryEdited },
    { id: 'wa-condition', element, component: ConditionEntry, isEdited: isTextAreaEntryEdited },
  ];
}

const isDefault = (element) => element.source.businessObject.get('default') === element.businessObject;

function DefaultFlowEntry({ element, id }) {
  const modeling = useService('modeling');
  return jsx(CheckboxEntry, {
    element, id, label: 'Flujo por defecto (si ninguna condición se cumple)',
    getValue: () => isDefault(element),
    setValue: (checked) => {
      modeling.updateProperties(element.source, { default: checked ? element.businessObject : undefined });
      if (checked) modeling.updateProperties(element, { conditionExpression: undefined });
    },
  });
}

function ConditionEntry({ element, id }) {
  const modeling = useService('modeling');
  const bpmnFactory = useService('bpmnFactory');
  const debounce = useService('debounceInput');
  if (isDefault(element)) return null;
  return jsx(TextAreaEntry, {
    element, id, debounce, label: 'Condición', rows: 2,
    getValue: () => element.businessObject.conditionExpression?.get('body') || '',
    setValue: (text, error) => {
      if (error) return;
      const body = (text || '').trim();
      modeling.updateProperties(element, { conditionExpression: body ? bpmnFactory.create('bpmn:FormalExpression', { body }) : undefined });
    },
    validate: conditionError,
    description: 'Expresión JavaScript sobre las variables del proceso, por ejemplo ${complete === true}.',
  });
}
