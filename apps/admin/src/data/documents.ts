import { type DocumentNode, type FragmentDefinitionNode, Kind, parse } from 'graphql';
import { createOperation, lookupName, type ResourceDefinition } from './resource';

export interface ResourceDocuments {
  getOne: DocumentNode;
  getList: DocumentNode;
  create?: DocumentNode;
  update?: DocumentNode;
  delete?: DocumentNode;
}

/**
 * The operations of a resource, written once for all of them after the schema's conventions
 * (architecture.md, GraphQL conventions) and completed with the resource's own fragment.
 */
export function buildDocuments(definition: ResourceDefinition): ResourceDocuments {
  const { name, type } = definition;
  const fragments = definition.fragment.definitions.filter(
    (node): node is FragmentDefinitionNode => node.kind === Kind.FRAGMENT_DEFINITION,
  );
  const main = fragments[0];
  if (!main) throw new Error(`The fragment of ${name} declares no fragment.`);
  const spread = `...${main.name.value}`;
  const withFragments = (operation: string): DocumentNode => {
    const document = parse(operation);
    return { ...document, definitions: [...document.definitions, ...fragments] };
  };

  const documents: ResourceDocuments = {
    getOne: withFragments(
      `query ${type}($id: ID!) { record: ${lookupName(definition)}(id: $id) { ${spread} } }`,
    ),
    getList: withFragments(
      `query ${upperFirst(name)}($filter: ${type}Filter, $orderBy: [${type}Order!], $offset: Int, $limit: Int) {
        page: ${name}(filter: $filter, orderBy: $orderBy, offset: $offset, limit: $limit) {
          nodes { ${spread} }
          totalCount
        }
      }`,
    ),
  };
  const { inputs } = definition;
  if (inputs?.create) {
    const { mutation, input } = createOperation(definition);
    documents.create = withFragments(
      `mutation Create${type}($input: ${input}!) { record: ${mutation}(input: $input) { ${spread} } }`,
    );
  }
  if (inputs?.update) {
    documents.update = withFragments(
      `mutation Update${type}($id: ID!, $version: Int!, $input: Update${type}Input!) {
        record: update${type}(id: $id, version: $version, input: $input) { ${spread} }
      }`,
    );
  }
  if (inputs && inputs.deletable !== false) {
    documents.delete = parse(`mutation Delete${type}($id: ID!) { id: delete${type}(id: $id) }`);
  }
  return documents;
}

function upperFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
