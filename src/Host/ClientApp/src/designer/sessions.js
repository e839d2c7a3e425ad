import { showPath, showProblems } from './markers.js';
import { insertUserTaskAfter } from './insertUserTask.js';

/** One diagram on the page (modeler or read-only viewer), as the Blazor component holds it through JS interop. */
export class DiagramSession {
  constructor(diagram, container) {
    this.diagram = diagram;
    this.container = container;
  }

  /** Shows the XML; answers bpmn-js's import warnings (elements it could not draw), in its words. */
  async open(xml) {
    this.container.dataset.diagramReady = 'false';
    const { warnings } = await this.diagram.importXML(xml);
    this.diagram.get('canvas').zoom('fit-viewport', 'auto');
    this.container.dataset.diagramReady = 'true';
    return warnings.map((warning) => warning.message);
  }

  showProblems(problems) {
    return showProblems(this.diagram, problems || []).map((problem) => problem.elementId ?? '');
  }

  showPath(path) {
    showPath(this.diagram, path);
  }

  /** Brings an element into view (and selects it where selection exists): a click on a problem in the list lands here. */
  focus(elementId) {
    const element = this.diagram.get('elementRegistry').get(elementId);
    if (!element) return false;
    this.diagram.get('canvas').scrollToElement(element);
    this.diagram.get('selection', false)?.select(element);
    return true;
  }

  destroy() {
    this.diagram.destroy();
  }
}

export class DesignerSession extends DiagramSession {
  constructor(modeler, container, dotnet) {
    super(modeler, container);
    const tell = () => {
      const [element] = modeler.get('selection').get();
      const about = element && element.type !== 'label' ? element : element?.labelTarget;
      dotnet.invokeMethodAsync('OnSelectionChanged', about?.id ?? null, about?.type ?? null, about?.businessObject?.name ?? null);
    };
    modeler.on('selection.changed', tell);
    modeler.on('commandStack.changed', () => {
      tell();
      dotnet.invokeMethodAsync('OnDiagramChanged');
    });
  }

  async xml() {
    const { xml } = await this.diagram.saveXML({ format: true });
    return xml;
  }

  insertUserTask(afterId, name) {
    return insertUserTaskAfter(this.diagram, afterId, name);
  }
}
