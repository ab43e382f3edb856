import type { ResourceRef } from "../../checks/check.js";
import type { ResourceScope, Threat } from "../threat.js";
import { componentKinds, kindResourceTypes, normalizeName } from "./component-kinds.js";
import type { MappingFile } from "./mapping-file.js";
import { matchGlob } from "../../glob.js";

/**
 * Builds the resource scopes of a threat from the mapping file's component patterns. A scope
 * narrows the resource types of its component's kinds, except types that another, unscoped
 * component of the same threat also covers: that component keeps every resource of the type.
 *
 * NOTE: scopes match resource names and ARNs only. The inventory does not collect tags, so a
 * component cannot be scoped by tag.
 */
export function resourceScopes(
  threat: Threat,
  mapping: MappingFile,
  warnings: string[],
): ResourceScope[] {
  const patternsByName = new Map(
    mapping.components.map((entry) => [normalizeName(entry.component), entry]),
  );
  const unscopedTypes = new Set(
    threat.affectedComponents
      .filter((name) => !patternsByName.has(normalizeName(name)))
      .flatMap((name) => componentKinds(name).flatMap(kindResourceTypes)),
  );

  const scopes: ResourceScope[] = [];
  for (const component of threat.affectedComponents) {
    const entry = patternsByName.get(normalizeName(component));
    if (entry === undefined) continue;

    const resourceTypes = componentKinds(component)
      .flatMap(kindResourceTypes)
      .filter((type) => !unscopedTypes.has(type));
    if (resourceTypes.length === 0) {
      warnings.push(
        `${mapping.file}:${entry.line}: the resource patterns of "${component}" do not narrow ` +
          `threat ${threat.id}, because the component matches no known kind of AWS resource or ` +
          "another unscoped component of the threat has the same kind.",
      );
      continue;
    }
    scopes.push({ component, resourceTypes, patterns: entry.patterns });
  }
  return scopes;
}

/**
 * Tells whether a finding's resource counts for a threat. Resources of a scoped type count only
 * when their name or ARN matches a pattern of a scope of that type. Scopes that stand for a whole
 * listing (an ARN ending in `*`, used for errors and empty regions) always count, so a failed
 * listing is never hidden by a scope.
 */
export function inScope(resource: ResourceRef, scopes: ResourceScope[] | undefined): boolean {
  if (scopes === undefined || resource.arn.endsWith("*")) return true;
  const matching = scopes.filter((scope) => scope.resourceTypes.includes(resource.type));
  if (matching.length === 0) return true;
  return matching.some((scope) =>
    scope.patterns.some(
      (pattern) =>
        matchesScopePattern(pattern, resource.arn) ||
        (resource.name !== undefined && matchesScopePattern(pattern, resource.name)),
    ),
  );
}

/**
 * True when the whole text matches the glob: `*` is any run of characters, `?` one character. It
 * never builds a RegExp, so a hostile pattern in a mapping file cannot stall the audit.
 */
export function matchesScopePattern(pattern: string, text: string): boolean {
  return matchGlob(pattern, text, { caseSensitive: true });
}
