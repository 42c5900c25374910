import { type Change, CriticalityLevel, diff } from '@graphql-inspector/core';
import { buildSchema } from 'graphql';

/**
 * The schema partners code against does not break under them (docs/graphql.md, "Schema
 * changes"): `schema.graphql` is compared with `schema.released.graphql`, the schema of the last
 * release, by GraphQL Inspector. A breaking change (a field or type removed, a type changed, a
 * new required argument) passes only when `schema-changelog.md` records it under "Unreleased";
 * a field, input field or enum value may only be removed once a release has deprecated it.
 */

/** A breaking change, as the changelog records it: `` `FIELD_REMOVED Team.code` ``. */
export interface BreakingChange {
  key: string;
  message: string;
}

export interface CompatibilityReport {
  /** Breaking changes the changelog does not record. */
  unrecorded: BreakingChange[];
  /** Removals of what the released schema had not deprecated, recorded or not. */
  undeprecatedRemovals: BreakingChange[];
}

export async function checkCompatibility(
  released: string,
  current: string,
  changelog: string,
): Promise<CompatibilityReport> {
  const changes = await diff(buildSchema(released), buildSchema(current));
  const breaking = changes.filter(
    (change) => change.criticality.level === CriticalityLevel.Breaking,
  );
  const recorded = recordedChanges(changelog);
  return {
    unrecorded: breaking.filter((change) => !recorded.has(keyOf(change))).map(describe),
    undeprecatedRemovals: breaking.filter(removedWithoutDeprecation).map(describe),
  };
}

/** The changes recorded under the changelog's "## Unreleased" heading. */
export function recordedChanges(changelog: string): Set<string> {
  const unreleased = /^## Unreleased\s*$([\s\S]*?)(?=^## |(?![\s\S]))/m.exec(changelog)?.[1] ?? '';
  return new Set(
    [...unreleased.matchAll(/^- `([A-Z_]+ [^`]+)`/gm)].map((match) => match[1] as string),
  );
}

function keyOf(change: Change): string {
  return `${change.type} ${change.path ?? ''}`.trim();
}

function describe(change: Change): BreakingChange {
  return { key: keyOf(change), message: change.message };
}

function removedWithoutDeprecation(change: Change): boolean {
  const meta = change.meta as Record<string, unknown>;
  switch (change.type) {
    case 'FIELD_REMOVED':
      return meta.isRemovedFieldDeprecated !== true;
    case 'INPUT_FIELD_REMOVED':
      return meta.isInputFieldDeprecated !== true;
    case 'ENUM_VALUE_REMOVED':
      return meta.isEnumValueDeprecated !== true;
    default:
      return false;
  }
}
