import WaPropertiesProvider from './WaPropertiesProvider.js';

/** Our panel entries, registered next to bpmn-js-properties-panel's own. */
export default {
  __init__: ['waPropertiesProvider'],
  waPropertiesProvider: ['type', WaPropertiesProvider],
};
