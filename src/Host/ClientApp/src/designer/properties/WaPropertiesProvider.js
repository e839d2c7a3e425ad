import { is } from 'bpmn-js/lib/util/ModelUtil';
import { taskEntries, laneEntries } from './taskEntries.js';
import { timerEntries, timerDefinition } from './timerEntries.js';
import { flowEntries } from './flowEntries.js';

const PRIORITY = 500;

/** Adds the group "Ejecución" with what the engine reads from our wa: attributes, right after "General". */
export default function WaPropertiesProvider(propertiesPanel) {
  this.getGroups = (element) => (groups) => {
    const entries = entriesFor(element);
    if (entries.length > 0) {
      const general = groups.findIndex((group) => group.id === 'general');
      groups.splice(general + 1, 0, { id: 'wa-execution', label: 'Ejecución', entries, shouldOpen: true });
    }
    return groups;
  };
  propertiesPanel.registerProvider(PRIORITY, this);
}

WaPropertiesProvider.$inject = ['propertiesPanel'];

function entriesFor(element) {
  if (is(element, 'bpmn:ServiceTask') || is(element, 'bpmn:UserTask')) return taskEntries(element);
  if (is(element, 'bpmn:Lane')) return laneEntries(element);
  if (timerDefinition(element)) return timerEntries(element);
  if (is(element, 'bpmn:SequenceFlow') && is(element.source, 'bpmn:ExclusiveGateway')) return flowEntries(element);
  return [];
}
