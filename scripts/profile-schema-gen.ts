import { readFileSync } from "fs";
import path from "path";
import ts from "typescript";

/** A JSON Schema node. */
type Schema = Record<string, unknown>;

const SOURCE = path.join(__dirname, "..", "src", "policy", "profile.ts");

/** The comment of a declaration and its constraint tags (@pattern, @minimum, @maximum, @integer). */
function docOf(node: ts.Node): { description?: string; tags: Record<string, string> } {
  const tags: Record<string, string> = {};
  let description: string | undefined;
  for (const doc of ts.getJSDocCommentsAndTags(node)) {
    if (ts.isJSDoc(doc)) {
      const text = ts.getTextOfJSDocComment(doc.comment);
      if (text) description = text.replace(/\s+/g, " ").trim();
      for (const tag of doc.tags ?? [])
        tags[tag.tagName.text] = (ts.getTextOfJSDocComment(tag.comment) ?? "").trim();
    }
  }
  return { description, tags };
}

/**
 * The JSON Schema of the Profile type, generated from src/policy/profile.ts itself (npm run
 * docs), so the file a bureau writes is checked against the type the rules read.
 */
export function profileSchema(): Schema {
  const file = ts.createSourceFile(
    SOURCE,
    readFileSync(SOURCE, "utf8"),
    ts.ScriptTarget.ES2020,
    true
  );
  const decls = new Map<string, ts.InterfaceDeclaration | ts.TypeAliasDeclaration>();
  file.forEachChild((n) => {
    if (ts.isInterfaceDeclaration(n) || ts.isTypeAliasDeclaration(n)) decls.set(n.name.text, n);
  });
  const defs: Record<string, Schema> = {};

  const members = (list: readonly ts.TypeElement[]): Schema => {
    const properties: Record<string, Schema> = {};
    const required: string[] = [];
    for (const m of list) {
      if (!ts.isPropertySignature(m) || !m.type) continue;
      const name = m.name.getText(file);
      const { description } = docOf(m);
      properties[name] = { ...typeSchema(m.type), ...(description ? { description } : {}) };
      if (!m.questionToken) required.push(name);
    }
    return { type: "object", properties, required, additionalProperties: false };
  };

  const keysOf = (node: ts.TypeNode): string[] => {
    if (ts.isUnionTypeNode(node)) return node.types.flatMap(keysOf);
    if (ts.isLiteralTypeNode(node) && ts.isStringLiteral(node.literal)) return [node.literal.text];
    if (ts.isTypeReferenceNode(node)) {
      const d = decls.get(node.typeName.getText(file));
      if (d && ts.isTypeAliasDeclaration(d)) return keysOf(d.type);
    }
    return [];
  };

  const record = (key: ts.TypeNode, value: ts.TypeNode, optional: boolean): Schema => {
    const v = typeSchema(value);
    if (key.kind === ts.SyntaxKind.StringKeyword)
      return { type: "object", additionalProperties: v };
    const keys = keysOf(key);
    return {
      type: "object",
      properties: Object.fromEntries(keys.map((k) => [k, v])),
      required: optional ? [] : keys,
      additionalProperties: false,
    };
  };

  function typeSchema(node: ts.TypeNode, optional = false): Schema {
    switch (node.kind) {
      case ts.SyntaxKind.StringKeyword:
        return { type: "string" };
      case ts.SyntaxKind.NumberKeyword:
        return { type: "number" };
      case ts.SyntaxKind.BooleanKeyword:
        return { type: "boolean" };
    }
    if (ts.isParenthesizedTypeNode(node)) return typeSchema(node.type, optional);
    if (ts.isTypeOperatorNode(node)) return typeSchema(node.type, optional); // readonly T[]
    if (ts.isArrayTypeNode(node)) return { type: "array", items: typeSchema(node.elementType) };
    if (ts.isLiteralTypeNode(node) && ts.isStringLiteral(node.literal))
      return { const: node.literal.text };
    if (ts.isUnionTypeNode(node)) {
      const parts = node.types.map((t) => typeSchema(t));
      return parts.every((p) => "const" in p)
        ? { enum: parts.map((p) => p.const) }
        : { oneOf: parts };
    }
    if (ts.isTypeLiteralNode(node)) return members(node.members);
    if (ts.isTypeReferenceNode(node)) {
      const name = node.typeName.getText(file);
      const args = node.typeArguments ?? [];
      if (name === "Readonly") return typeSchema(args[0], optional);
      if (name === "Partial") return typeSchema(args[0], true);
      if (name === "Record") return record(args[0], args[1], optional);
      return ref(name);
    }
    throw new Error(`profile-schema: unsupported type ${node.getText(file)}`);
  }

  function ref(name: string): Schema {
    {
      const d = decls.get(name);
      if (!d) throw new Error(`profile-schema: no declaration for ${name}`);
      if (!(name in defs)) {
        defs[name] = {}; // placeholder against cycles
        const { description, tags } = docOf(d);
        const body = ts.isInterfaceDeclaration(d) ? members(d.members) : typeSchema(d.type);
        if (tags.integer !== undefined && body.type === "number") body.type = "integer";
        for (const k of ["minimum", "maximum"] as const)
          if (tags[k] !== undefined) body[k] = Number(tags[k]);
        if (tags.pattern) body.pattern = tags.pattern;
        defs[name] = { ...(description ? { description } : {}), ...body };
      }
      return { $ref: `#/$defs/${name}` };
    }
  }

  const root = ref("Profile");
  return {
    $schema: "https://json-schema.org/draft/2020-12/schema",
    title: "Kehou policy profile",
    ...root,
    $defs: Object.fromEntries(Object.entries(defs).sort(([a], [b]) => a.localeCompare(b))),
  };
}

/** The schema as the file holds it. */
export function profileSchemaText(): string {
  return `${JSON.stringify(profileSchema(), null, 2)}\n`;
}
