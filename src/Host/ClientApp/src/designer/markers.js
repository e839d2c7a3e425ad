// Marks on the diagram: validation problems on their elements, and an instance's position and path.

const PROBLEM_MARKERS = ['wa-error', 'wa-warning'];
const PATH_MARKERS = ['wa-active', 'wa-visited', 'wa-taken', 'wa-incident'];

function clear(diagram, markers, overlayType) {
  const canvas = diagram.get('canvas');
  diagram.get('elementRegistry').forEach((element) => markers.forEach((marker) => canvas.removeMarker(element, marker)));
  if (overlayType) diagram.get('overlays').remove({ type: overlayType });
}

function escapeHtml(text) {
  const span = document.createElement('span');
  span.textContent = text;
  return span.innerHTML;
}

/**
 * Problems: [{ elementId, severity: 'Error'|'Warning', message }]. Each element with problems gets a red (or amber)
 * outline and a badge whose tooltip lists them. Returns the problems whose element is not in the diagram.
 */
export function showProblems(diagram, problems) {
  clear(diagram, PROBLEM_MARKERS, 'wa-problems');
  const registry = diagram.get('elementRegistry');
  const canvas = diagram.get('canvas');
  const overlays = diagram.get('overlays');
  const byElement = new Map();
  const unplaced = [];
  for (const problem of problems) {
    if (problem.elementId && registry.get(problem.elementId)) {
      if (!byElement.has(problem.elementId)) byElement.set(problem.elementId, []);
      byElement.get(problem.elementId).push(problem);
    } else {
      unplaced.push(problem);
    }
  }
  for (const [elementId, list] of byElement) {
    const isError = list.some((problem) => problem.severity === 'Error');
    canvas.addMarker(elementId, isError ? 'wa-error' : 'wa-warning');
    const element = registry.get(elementId);
    const title = escapeHtml(list.map((problem) => problem.message).join('\n'));
    overlays.add(elementId, 'wa-problems', {
      position: element.waypoints ? { top: -10, left: -10 } : { top: -12, right: 12 },
      html: `<div class="wa-problem-badge ${isError ? 'wa-problem-error' : 'wa-problem-warning'}" data-testid="problem-badge" `
        + `data-element-id="${escapeHtml(elementId)}" title="${title}">${list.length}</div>`,
    });
  }
  return unplaced;
}

/** path: { active: [], visited: [], takenFlows: [], incident } in element ids of the diagram shown. */
export function showPath(diagram, path) {
  clear(diagram, PATH_MARKERS);
  const registry = diagram.get('elementRegistry');
  const canvas = diagram.get('canvas');
  const mark = (ids, marker) => (ids || []).filter((id) => registry.get(id)).forEach((id) => canvas.addMarker(id, marker));
  mark(path.visited, 'wa-visited');
  mark(path.takenFlows, 'wa-taken');
  mark(path.active, 'wa-active');
  if (path.incident) mark([path.incident], 'wa-incident');
}
