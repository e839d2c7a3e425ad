// The process designer: the bpmn-js modeler with its properties panel and our wa: extension, and the read-only viewer.
// Blazor imports this module (wwwroot/dist/designer.js) and keeps the session objects it returns.
import Modeler from 'bpmn-js/lib/Modeler';
import NavigatedViewer from 'bpmn-js/lib/NavigatedViewer';
import { BpmnPropertiesPanelModule, BpmnPropertiesProviderModule } from 'bpmn-js-properties-panel';
import waModdle from './wa-moddle.json';
import WaPropertiesModule from './properties/index.js';
import spanish from './spanish.js';
import { DesignerSession, DiagramSession } from './sessions.js';
import './designer.css';

/**
 * config: { activities: [{ type, displayName, description, inputs, outputs }], roles: [{ key, name }], forms: [{ key, name }] }
 * dotnet: a DotNetObjectReference with OnSelectionChanged(id, type, name) and OnDiagramChanged().
 */
export function createModeler(container, panel, config, dotnet) {
  const modeler = new Modeler({
    container,
    propertiesPanel: { parent: panel, layout: { groups: { general: { open: true }, 'wa-execution': { open: true } } } },
    additionalModules: [
      BpmnPropertiesPanelModule, BpmnPropertiesProviderModule, WaPropertiesModule, spanish,
      { waDesignerConfig: ['value', config] },
    ],
    moddleExtensions: { wa: waModdle },
  });
  return new DesignerSession(modeler, container, dotnet);
}

export function createViewer(container) {
  const viewer = new NavigatedViewer({ container, additionalModules: [spanish], moddleExtensions: { wa: waModdle } });
  return new DiagramSession(viewer, container);
}
