import { useService } from 'bpmn-js-properties-panel';

/** Reads and writes one wa: attribute of the element; an empty value removes the attribute. */
export function useAttribute(element, name) {
  const modeling = useService('modeling');
  return {
    getValue: () => element.businessObject.get(`wa:${name}`) || '',
    setValue: (value, error) => {
      if (error) return; // an invalid value stays in the field with its message, never in the file
      modeling.updateProperties(element, { [`wa:${name}`]: value ? value.trim() : undefined });
    },
  };
}

/** Options of a select, keeping a value the file has even when it is not among the known ones. */
export function withCurrent(options, current, unknownLabel) {
  if (!current || options.some((option) => option.value === current)) return options;
  return [...options, { value: current, label: `${current} (${unknownLabel})` }];
}
