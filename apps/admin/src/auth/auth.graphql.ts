import { gql } from '@apollo/client';

/** Who is signed in, as the interface shows them. */
const VIEWER_FIELDS = gql`
  fragment ViewerFields on Account {
    id
    displayName
    email
    role
    language
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

export const AUTH_DOCUMENTS = { ME, SIGN_IN, SIGN_OUT };

export interface Viewer {
  id: string;
  displayName: string;
  email: string;
  role: string;
  language: string;
}
