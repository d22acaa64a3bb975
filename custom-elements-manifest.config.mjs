// `npm run analyze`: custom-elements.json from the JSDoc on the element classes. The elements
// declare their internal state in `static properties` too (`state: true`), which the analyzer
// reads as attributes: those of private and protected fields are dropped here. Members that are not the
// element's public API (private, protected, `#fields`, statics such as `tag` or `styles`) are
// dropped too: the manifest is what editors and Storybook's docs pages show.
/** Type alias name -> its union of string literals, from the analysed files. */
const unions = new Map();

export default {
  globs: [
    'src/core/yoti-element.ts',
    'src/elements/share-button/share-button.ts',
    'src/elements/docscan-frame/docscan-frame.ts',
    'src/elements/idv-status/idv-status.ts',
    'src/admin/admin-element.ts',
    'src/admin/idv-sessions/idv-sessions.ts',
    'src/admin/idv-review/idv-review.ts',
    'src/admin/idv-link-form/idv-link-form.ts',
  ],
  outdir: '.',
  litelement: true,
  plugins: [
    {
      // `flow: ShareFlow` says nothing to an editor or to Storybook's controls: the union of
      // string literals a type alias of the analysed files stands for is written out instead.
      name: 'literal-unions',
      analyzePhase({ ts, node }) {
        if (!ts.isTypeAliasDeclaration(node) || !ts.isUnionTypeNode(node.type)) return;
        const literals = node.type.types.every(
          (type) => ts.isLiteralTypeNode(type) && ts.isStringLiteral(type.literal),
        );
        if (literals) unions.set(node.name.text, node.type.getText());
      },
      packageLinkPhase({ customElementsManifest }) {
        const spell = (type) => {
          if (!type?.text) return;
          type.text = type.text
            .split(' | ')
            .map((part) => unions.get(part) ?? part)
            .join(' | ');
        };
        for (const module of customElementsManifest.modules)
          for (const declaration of module.declarations ?? [])
            for (const item of [...(declaration.members ?? []), ...(declaration.attributes ?? [])])
              spell(item.type);
      },
    },
    {
      name: 'no-state-attributes',
      packageLinkPhase({ customElementsManifest }) {
        for (const module of customElementsManifest.modules) {
          for (const declaration of module.declarations ?? []) {
            const privateFields = new Set(
              (declaration.members ?? [])
                .filter((member) => member.privacy === 'private' || member.privacy === 'protected')
                .map((member) => member.name),
            );
            if (declaration.members) {
              declaration.members = declaration.members.filter(
                (member) =>
                  !member.static &&
                  member.privacy !== 'private' &&
                  member.privacy !== 'protected' &&
                  !member.name.startsWith('#'),
              );
            }
            if (declaration.attributes) {
              declaration.attributes = declaration.attributes.filter(
                (attribute) => !privateFields.has(attribute.fieldName),
              );
            }
          }
        }
      },
    },
  ],
};
