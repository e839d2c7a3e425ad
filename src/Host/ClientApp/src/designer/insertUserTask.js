import { is } from 'bpmn-js/lib/util/ModelUtil';
import { selfAndAllChildren } from 'diagram-js/lib/util/Elements';

const ROOM = 160;

/**
 * Puts a new user task right after the given element, on the flow that leaves it: space is made to the right (as the
 * space tool does, lanes and pools stretch), the flow is led into the new task and a new flow leads on to where it went.
 * Returns the new task's id.
 */
export function insertUserTaskAfter(modeler, elementId, name) {
  const registry = modeler.get('elementRegistry');
  const modeling = modeler.get('modeling');
  const canvas = modeler.get('canvas');
  const spaceTool = modeler.get('spaceTool');
  const source = registry.get(elementId);
  if (!source || source.waypoints || !is(source, 'bpmn:FlowNode')) throw new Error('Elija primero un paso del diagrama (no un flujo ni un carril).');
  if (is(source, 'bpmn:EndEvent')) throw new Error('Después de un evento de fin no sigue nada.');
  const leaving = source.outgoing.filter((connection) => is(connection, 'bpmn:SequenceFlow'));
  if (leaving.length > 1) throw new Error('El paso tiene varias salidas: elija el paso siguiente de la rama donde va la nueva tarea.');

  const start = source.x + source.width + 1;
  const { movingShapes, resizingShapes } = spaceTool.calculateAdjustments(selfAndAllChildren(canvas.getRootElement()), 'x', ROOM, start);
  modeling.createSpace(movingShapes, resizingShapes, { x: ROOM, y: 0 }, 'e', start);

  const center = { x: source.x + source.width + ROOM / 2, y: source.y + source.height / 2 };
  const task = modeling.createShape({ type: 'bpmn:UserTask' }, center, source.parent);
  modeling.updateProperties(task, { name });
  if (leaving.length === 1) {
    const flow = leaving[0];
    const target = flow.target;
    modeling.reconnectEnd(flow, task, { x: task.x, y: task.y + task.height / 2 });
    modeling.connect(task, target, { type: 'bpmn:SequenceFlow' });
  } else {
    modeling.connect(source, task, { type: 'bpmn:SequenceFlow' });
  }
  modeler.get('selection').select(task);
  return task.id;
}
