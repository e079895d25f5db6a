/**
 * What a host can use, from the custom elements manifest: the analyzer also lists private state
 * (`_duration`), `#` fields and static members, and Storybook's docs pages would show each of them
 * as a property with a control. The README's reference reads members the same way.
 */
export interface ManifestMember {
  name?: string;
  static?: boolean;
  privacy?: 'public' | 'private' | 'protected';
}

export const isPublic = (member: ManifestMember): boolean =>
  !member.static && (member.privacy ?? 'public') === 'public' && !member.name?.startsWith('#') && !member.name?.startsWith('_');

/** The manifest with only the public members of each declaration. */
export function publicManifest<T extends { modules: { declarations?: { members?: ManifestMember[] }[] }[] }>(manifest: T): T {
  return {
    ...manifest,
    modules: manifest.modules.map((module) => ({
      ...module,
      declarations: module.declarations?.map((declaration) => ({ ...declaration, members: declaration.members?.filter(isPublic) })),
    })),
  };
}
