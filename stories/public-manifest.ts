/**
 * What a host can use, from the custom elements manifest: the analyzer also lists private state
 * (`_duration`), `#` fields and static members, and Storybook's docs pages would show each of them
 * as a property with a control. The README's reference reads members the same way.
 */
export interface ManifestMember {
  name?: string;
  static?: boolean;
  privacy?: 'public' | 'private' | 'protected';
  type?: { text?: string };
}

export const isPublic = (member: ManifestMember): boolean =>
  !member.static && (member.privacy ?? 'public') === 'public' && !member.name?.startsWith('#') && !member.name?.startsWith('_');

/**
 * An optional property's type without its `| undefined`: Storybook picks a control by the type's
 * text, and `string | undefined` would get an object editor ("Set object") instead of a text field.
 */
const defined = <M extends ManifestMember>(member: M): M =>
  member.type ? { ...member, type: { ...member.type, text: member.type.text?.replace(/ \| undefined$/, '') } } : member;

/** The manifest with only the public members of each declaration, typed for Storybook's controls. */
export function publicManifest<
  T extends { modules: { declarations?: { members?: ManifestMember[]; attributes?: ManifestMember[] }[] }[] },
>(manifest: T): T {
  return {
    ...manifest,
    modules: manifest.modules.map((module) => ({
      ...module,
      declarations: module.declarations?.map((declaration) => ({
        ...declaration,
        members: declaration.members?.filter(isPublic).map(defined),
        attributes: declaration.attributes?.map(defined),
      })),
    })),
  };
}
