import { gql } from '@apollo/client';

/** Who is signed in, as the interface shows them, with the records their scope is bound to. */
const VIEWER_FIELDS = gql`
  fragment ViewerFields on Account {
    id
    displayName
    email
    role
    language
    scopeBindings(limit: 100) {
      nodes {
        id
        organization {
          id
          name
          kind
        }
        team {
          id
          name
        }
      }
    }
  }
`;

export const ME = gql`
  query Me {
    me {
      ...ViewerFields
    }
  }
  ${VIEWER_FIELDS}
`;

export const SIGN_IN = gql`
  mutation SignIn($input: SignInInput!) {
    signIn(input: $input) {
      ...ViewerFields
    }
  }
  ${VIEWER_FIELDS}
`;

export const SIGN_OUT = gql`
  mutation SignOut {
    signOut
  }
`;

export const CHANGE_PASSWORD = gql`
  mutation ChangePassword($input: ChangePasswordInput!) {
    changePassword(input: $input)
  }
`;

export const CHANGE_LANGUAGE = gql`
  mutation ChangeLanguage($input: ChangeLanguageInput!) {
    changeLanguage(input: $input) {
      ...ViewerFields
    }
  }
  ${VIEWER_FIELDS}
`;

export const AUTH_DOCUMENTS = { ME, SIGN_IN, SIGN_OUT, CHANGE_PASSWORD, CHANGE_LANGUAGE };

export interface ScopeBinding {
  id: string;
  organization: { id: string; name: string; kind: string } | null;
  team: { id: string; name: string } | null;
}

export interface Viewer {
  id: string;
  displayName: string;
  email: string;
  role: string;
  /** "en" or "es"; null until the user chooses. */
  language: string | null;
  scopeBindings: { nodes: ScopeBinding[] };
}
